using System.Text.RegularExpressions;
using Scriban;
using Scriban.Syntax;
using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.Render;
using StaticKpi.Scoring;

namespace StaticKpi.Tests.Localisation;

/// <summary>
/// The theme's strings files and their users agree: English and Welsh have the same keys and placeholders, and every
/// key a template or the C# code asks for exists with the placeholders it is given.
/// </summary>
public sealed partial class StringCoverageTests
{
    private static readonly IReadOnlyDictionary<string, StringEntry> English = Read("en");
    private static readonly IReadOnlyDictionary<string, StringEntry> Welsh = Read("cy");

    private static IReadOnlyDictionary<string, StringEntry> Read(string language) =>
        StringsFile.Read(new Theme(null).ReadBothTexts($"i18n/{language}.yaml").Default!, $"{language}.yaml");

    [Fact]
    public void English_and_Welsh_have_the_same_keys_and_the_same_placeholders_per_key()
    {
        Assert.Equal(English.Keys.Order(StringComparer.Ordinal), Welsh.Keys.Order(StringComparer.Ordinal));
        var different = English.Keys
            .Where(k => !English[k].PlaceholderNames.SetEquals(Welsh[k].PlaceholderNames))
            .ToList();
        Assert.Empty(different);
    }

    [Fact]
    public void The_Welsh_file_says_it_needs_review_by_a_Welsh_translator()
    {
        var text = new Theme(null).ReadBothTexts("i18n/cy.yaml").Default!;

        Assert.StartsWith("# NEEDS REVIEW BY A WELSH TRANSLATOR.", text);
    }

    [Fact]
    public void Every_t_call_in_the_templates_names_a_key_with_exactly_the_placeholders_it_gives()
    {
        var problems = new List<string>();
        var calls = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "themes", "default"), "*.html", SearchOption.AllDirectories))
        {
            var template = Template.Parse(File.ReadAllText(file), file);
            Assert.False(template.HasErrors, string.Join("\n", template.Messages));
            foreach (var call in Calls(template.Page))
            {
                calls++;
                var key = ((ScriptLiteral)call.Arguments[0]).Value as string ?? "";
                var given = call.Arguments.Skip(1).Where((_, i) => i % 2 == 0)
                    .Select(a => ((ScriptLiteral)a).Value as string ?? "").ToHashSet(StringComparer.Ordinal);
                if (!English.TryGetValue(key, out var entry))
                {
                    problems.Add($"{Path.GetFileName(file)}: no key {key}");
                }
                else if (!entry.PlaceholderNames.SetEquals(given))
                {
                    problems.Add($"{Path.GetFileName(file)}: {key} given {string.Join(",", given)}");
                }
            }
        }

        Assert.Empty(problems);
        Assert.True(calls > 150, $"only {calls} t calls found");
    }

    private static IEnumerable<ScriptFunctionCall> Calls(ScriptNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        if (node is ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "t" } } call)
        {
            yield return call;
        }

        for (var i = 0; i < node.ChildrenCount; i++)
        {
            foreach (var inner in Calls(node.GetChildren(i)))
            {
                yield return inner;
            }
        }
    }

    [Fact]
    public void Every_key_the_code_names_exists_in_the_English_file()
    {
        var source = Path.Combine(RepoPaths.Root, "src", "StaticKpi");
        var named = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => KeyLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => k.Contains('.', StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        var byEnum = Keys<Rating>("rating").Concat(Keys<IndicatorStatus>("status")).Concat(Keys<Change>("change"))
            .Concat(Keys<Direction>("direction")).Concat(Keys<BenchmarkKind>("benchmark")).Concat(Keys<Frequency>("frequency"))
            .Concat(Keys<MovementKind>("movement")).Concat(Keys<ComplianceStatus>("accessibility.compliance_status"))
            .Concat(Keys<Rating>("rating_description").Where(k => !k.EndsWith("red", StringComparison.Ordinal) &&
                !k.EndsWith("amber", StringComparison.Ordinal) && !k.EndsWith("green", StringComparison.Ordinal) &&
                !k.EndsWith("blue", StringComparison.Ordinal)));

        Assert.True(named.Count > 50, $"only {named.Count} keys found in the code");
        Assert.Empty(named.Concat(byEnum).Where(k => !English.ContainsKey(k)).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Keys<T>(string group)
        where T : struct, Enum => Enum.GetValues<T>().Select(v => EnumKeys<T>.Of(group, v));

    /// <summary>A key passed to SiteStrings: <c>Text("rating.red")</c>, <c>Format("report.title", …)</c>, <c>Plural(…)</c>.</summary>
    [GeneratedRegex("""(?:Text|Format|Plural)\("([a-z_0-9.]+)"[,)]""")]
    private static partial Regex KeyLiteral();
}
