using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticKpi.Content;

/// <summary>
/// Why <see cref="BoundedYamlParser"/> stopped reading: the problem, where it is, and the rule it breaks.
/// Thrown before YamlDotNet's recursive loader goes any deeper, so that no input can overflow the stack.
/// </summary>
internal sealed class YamlLimitException(string ruleId, Mark start, string message, string fix) : Exception(message)
{
    public string RuleId { get; } = ruleId;

    public Mark Start { get; } = start;

    public string Fix { get; } = fix;
}

/// <summary>
/// A field name written twice in one set of fields. Thrown by <see cref="BoundedYamlParser"/> as soon as the second
/// is read, where both positions are known (YamlDotNet's own error names only the second, and only once loaded).
/// </summary>
/// <param name="container">The field the set of fields belongs to, or null for the file's top level.</param>
/// <param name="inListItem">Whether the set of fields is an item of a list (an entry of a series, a benchmark).</param>
internal sealed class YamlDuplicateKeyException(string key, Mark first, Mark second, string? container, bool inListItem)
    : Exception($"'{key}' is written twice.")
{
    public string Key { get; } = key;

    public Mark First { get; } = first;

    public Mark Second { get; } = second;

    public string? Container { get; } = container;

    public bool InListItem { get; } = inListItem;
}

/// <summary>
/// Hands YamlDotNet's own event parser (which is not recursive) to <c>YamlStream.Load</c> (which is), checking each
/// event as it passes, so a file is read once and the loader never sees a node past a limit:
/// <list type="bullet">
/// <item>collections nest at most <see cref="MaximumDepth"/> deep, counting what an alias stands for (a list that
/// holds an alias of a 60-deep anchor is 60 levels deeper), and an alias inside its own anchor (<c>&amp;a [*a]</c>,
/// infinitely deep) is refused: 100,000 <c>[</c> would otherwise overflow the stack and kill the process;</item>
/// <item>no alias is used as a field name or inside one (YamlDotNet hashes a field name that is a collection
/// recursively: one that contains itself through an alias overflows the stack, and one built of aliases of aliases takes
/// exponential time).</item>
/// <item>no field name is written twice in one set of fields (reported with both lines; YamlDotNet knows only the
/// second).</item>
/// </list>
/// It also remembers what an error message needs that YamlDotNet's does not say: the '[' or '{' still open, and
/// aliases used before (or without) their anchor.
/// It stops at the first problem, so 100,000 open brackets cost no more than 65.
/// </summary>
internal sealed class BoundedYamlParser(IParser inner) : IParser
{
    /// <summary>How deep lists and sets of fields may nest; real content needs about 5 levels.</summary>
    public const int MaximumDepth = 64;

    /// <summary>The open collections, innermost last: whether each is a mapping expecting a key next, and its anchor.</summary>
    private readonly List<Frame> _open = [];

    /// <summary>For each anchor, how many levels of collections it holds (0 for a scalar).</summary>
    private readonly Dictionary<string, int> _anchorHeights = new(StringComparer.Ordinal);

    /// <summary>Where each document after the first starts (its <c>---</c>), for <see cref="YamlFile"/> to report.</summary>
    public List<Mark> LaterDocumentStarts { get; } = [];

    /// <summary>Aliases read before any anchor of their name, in order: YamlDotNet reports a missing anchor at 1:1.</summary>
    private readonly List<(string Name, Mark Start)> _earlyAliases = [];

    private int _documents;

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the last event read started: as near as can be said to where YamlDotNet stopped, if it fails.</summary>
    public Mark LastStart { get; private set; } = Mark.Empty;

    /// <summary>The innermost '[' or '{' still open, if any: where the parser stopped, it is usually the one never closed.</summary>
    public (Mark Start, bool IsMapping)? InnermostFlow =>
        _open.FindLast(f => f.IsFlow) is { } frame ? (frame.Start, frame.IsMapping) : null;

    /// <summary>Where the first alias to an anchor that is never defined is (YamlDotNet reports it at 1:1).</summary>
    public Mark? FirstUndefinedAlias => _earlyAliases.Find(a => !_anchorHeights.ContainsKey(a.Name)) is { Name: not null } alias ? alias.Start : null;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        LastStart = inner.Current!.Start;

        switch (inner.Current)
        {
            case DocumentStart:
                if (++_documents > 1)
                {
                    LaterDocumentStarts.Add(inner.Current.Start);
                }

                break;
            case MappingStart or SequenceStart:
                var start = (NodeEvent)inner.Current;
                var isKey = CheckKey(start);
                if (_open.Count >= MaximumDepth)
                {
                    throw TooDeep(start.Start);
                }

                var isFlow = start is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow };
                var parent = _open.Count > 0 ? _open[^1] : null;
                _open.Add(new Frame(start is MappingStart, start.Anchor.IsEmpty ? null : start.Anchor.Value, isKey || (parent?.InKey ?? false))
                {
                    Start = start.Start,
                    IsFlow = isFlow,
                    Container = parent is { IsMapping: true } ? parent.LastKey : null,
                    InListItem = parent is { IsMapping: false },
                });
                break;
            case MappingEnd or SequenceEnd:
                var closed = _open[^1];
                _open.RemoveAt(_open.Count - 1);
                if (closed.Anchor is not null)
                {
                    _anchorHeights[closed.Anchor] = closed.Height + 1;
                }

                Reached(closed.Height + 1);
                break;
            case Scalar scalar:
                CheckKey(scalar);
                if (!scalar.Anchor.IsEmpty)
                {
                    _anchorHeights[scalar.Anchor.Value] = 0;
                }

                break;
            case AnchorAlias alias:
                CheckKey(alias);
                CheckAlias(alias);
                break;
        }

        return true;
    }

    /// <summary>
    /// Moves the innermost mapping from key to value or back, and refuses an alias used as a field name or inside one.
    /// Other names that are not plain text are left for <see cref="YamlMap"/> to report once loaded.
    /// </summary>
    /// <returns>Whether the node is a field name.</returns>
    private bool CheckKey(ParsingEvent node)
    {
        if (_open.Count == 0)
        {
            return false;
        }

        var parent = _open[^1];
        var isKey = parent.IsMapping && parent.ExpectsKey;
        if (parent.IsMapping)
        {
            parent.ExpectsKey = !parent.ExpectsKey;
        }

        if (node is AnchorAlias && (isKey || parent.InKey))
        {
            throw new YamlLimitException(Diagnostics.RuleIds.WrongType, node.Start, "A field name must be plain text, not an alias.",
                "Write the field's name followed by a colon, as in docs/content.md.");
        }

        if (isKey)
        {
            parent.LastKey = (node as Scalar)?.Value;
            if (node is Scalar { Value: var name } && !parent.InKey)
            {
                parent.Keys ??= new Dictionary<string, Mark>(StringComparer.Ordinal);
                if (parent.Keys.TryGetValue(name, out var first))
                {
                    throw new YamlDuplicateKeyException(name, first, node.Start, parent.Container, parent.InListItem);
                }

                parent.Keys[name] = node.Start;
            }
        }

        return isKey;
    }

    private void CheckAlias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (_open.Exists(f => f.Anchor == name))
        {
            throw new YamlLimitException(Diagnostics.RuleIds.TooDeep, alias.Start,
                $"The alias *{Diagnostics.QuotedValue.Cut(name)} is inside the anchor &{Diagnostics.QuotedValue.Cut(name)} it stands for, which " +
                "would nest it inside itself for ever.",
                "Write the values out instead of the alias, or refer to an anchor defined elsewhere.");
        }

        // YamlDotNet reports an alias to an undefined anchor itself, but at 1:1; it allows an anchor defined later.
        if (!_anchorHeights.TryGetValue(name, out var height))
        {
            _earlyAliases.Add((name, alias.Start));
        }

        if (_open.Count + height > MaximumDepth)
        {
            throw TooDeep(alias.Start);
        }

        Reached(height);
    }

    /// <summary>Records that the innermost open collection holds <paramref name="height"/> levels below it.</summary>
    private void Reached(int height)
    {
        if (_open.Count > 0 && _open[^1].Height < height)
        {
            _open[^1].Height = height;
        }
    }

    private static YamlLimitException TooDeep(Mark start) =>
        new(Diagnostics.RuleIds.TooDeep, start,
            $"Lists or fields are nested more than {MaximumDepth} levels deep here, far more than any indicator, report or configuration needs.",
            "Look for brackets '[' or '{' that are never closed, or lines indented further and further.");

    private sealed class Frame(bool isMapping, string? anchor, bool inKey)
    {
        public bool IsMapping { get; } = isMapping;

        public string? Anchor { get; } = anchor;

        /// <summary>Whether this collection is (part of) a field name: no alias may appear in it.</summary>
        public bool InKey { get; } = inKey;

        public bool ExpectsKey { get; set; } = isMapping;

        /// <summary>How many levels of collections this one holds so far (counting what aliases stand for).</summary>
        public int Height { get; set; }

        /// <summary>Where the collection starts: its '[' or '{' when <see cref="IsFlow"/>.</summary>
        public Mark Start { get; init; } = Mark.Empty;

        /// <summary>Whether it is written in brackets on one line ('[a, b]', '{min: 1}') rather than by indentation.</summary>
        public bool IsFlow { get; init; }

        /// <summary>The field this collection is the value of, if it is one.</summary>
        public string? Container { get; init; }

        /// <summary>Whether this collection is an item of a list.</summary>
        public bool InListItem { get; init; }

        /// <summary>The last field name read in this mapping: the container of a collection that starts next.</summary>
        public string? LastKey { get; set; }

        /// <summary>The plain field names read so far in this mapping and where each is; made on the first.</summary>
        public Dictionary<string, Mark>? Keys { get; set; }
    }
}
