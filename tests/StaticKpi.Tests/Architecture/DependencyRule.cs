namespace StaticKpi.Tests.Architecture;

/// <summary>
/// A one-way order of stages: each namespace below <see cref="Root"/> belongs to the stage its first part names
/// (<c>StaticKpi.Checks.Rules</c> to Checks), and a stage may use only the stages below it. Reports every edge that
/// goes up or sideways, every namespace of no declared stage, and every cycle between stages.
/// </summary>
/// <param name="Root">The namespace the stages are under, such as <c>StaticKpi</c>.</param>
/// <param name="StagesBottomUp">The stages, each allowed to use those before it.</param>
public sealed record DependencyRule(string Root, IReadOnlyList<string> StagesBottomUp)
{
    /// <summary>
    /// StaticKpi's stages (docs/architecture.md, "The dependency rule"): the shared primitives at the bottom, then
    /// the pipeline in the order a build runs it, then Build and the editor tools that load a checked site through it.
    /// </summary>
    public static DependencyRule StaticKpi { get; } = new("StaticKpi",
    [
        "Diagnostics", "Files", "Model", "Shared", "Localisation", "Formatting",
        "Content", "Scoring", "Charts", "OpenData", "Pages", "Publishing", "Render", "Output", "Checks",
        "Build", "Import", "Editing", "Migration", "Starting",
    ]);

    /// <summary>The stage a namespace belongs to, or null when it is not below <see cref="Root"/>.</summary>
    public string? StageOf(string ns) =>
        ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns[(Root.Length + 1)..].Split('.')[0] : null;

    /// <summary>Every breach of the rule among the edges, one line each, in a stable order.</summary>
    public IReadOnlyList<string> Violations(IEnumerable<NamespaceEdge> edges)
    {
        var rank = StagesBottomUp.Select((stage, i) => (stage, i)).ToDictionary(x => x.stage, x => x.i, StringComparer.Ordinal);
        var stageEdges = edges
            .Select(e => (From: StageOf(e.From), To: StageOf(e.To)))
            .Where(e => e.From is not null && e.To is not null && e.From != e.To)
            .Select(e => (From: e.From!, To: e.To!))
            .ToHashSet();
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (from, to) in stageEdges)
        {
            foreach (var stage in new[] { from, to }.Where(s => !rank.ContainsKey(s)))
            {
                found.Add($"{Root}.{stage} is in no declared stage: add it to the stage order.");
            }

            if (rank.TryGetValue(from, out var fromRank) && rank.TryGetValue(to, out var toRank) && toRank > fromRank)
            {
                found.Add($"{Root}.{from} -> {Root}.{to}: {from} may use only the stages below it, and {to} is above it.");
            }
        }

        foreach (var cycle in Cycles(stageEdges))
        {
            found.Add($"Cycle between {string.Join(", ", cycle.Select(s => $"{Root}.{s}"))}: they use each other, directly or through other stages.");
        }

        return [.. found];
    }

    /// <summary>
    /// Each group of stages that reach each other (Tarjan's strongly connected components), its stages by name.
    /// </summary>
    private static List<List<string>> Cycles(HashSet<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Order(StringComparer.Ordinal).ToList());
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<List<string>>();

        void Visit(string stage)
        {
            index[stage] = low[stage] = index.Count;
            stack.Push(stage);
            foreach (var to in next.GetValueOrDefault(stage, []))
            {
                if (!index.ContainsKey(to))
                {
                    Visit(to);
                    low[stage] = Math.Min(low[stage], low[to]);
                }
                else if (stack.Contains(to))
                {
                    low[stage] = Math.Min(low[stage], index[to]);
                }
            }

            if (low[stage] == index[stage])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                }
                while (member != stage);

                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var stage in next.Keys.Order(StringComparer.Ordinal).Where(s => !index.ContainsKey(s)))
        {
            Visit(stage);
        }

        return cycles;
    }
}
