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
/// Hands YamlDotNet's own event parser (which is not recursive) to <c>YamlStream.Load</c> (which is), checking each
/// event as it passes, so a file is read once and the loader never sees a node past a limit:
/// <list type="bullet">
/// <item>collections nest at most <see cref="MaximumDepth"/> deep, counting what an alias stands for (a list that
/// holds an alias of a 60-deep anchor is 60 levels deeper), and an alias inside its own anchor (<c>&amp;a [*a]</c>,
/// infinitely deep) is refused: 100,000 <c>[</c> would otherwise overflow the stack and kill the process;</item>
/// <item>no alias is used as a field name or inside one (YamlDotNet hashes a field name that is a collection
/// recursively: one that contains itself through an alias overflows the stack, and one built of aliases of aliases takes
/// exponential time).</item>
/// </list>
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

    private int _documents;

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the last event read started: as near as can be said to where YamlDotNet stopped, if it fails.</summary>
    public Mark LastStart { get; private set; } = Mark.Empty;

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

                _open.Add(new Frame(start is MappingStart, start.Anchor.IsEmpty ? null : start.Anchor.Value, isKey || (_open.Count > 0 && _open[^1].InKey)));
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

        return isKey;
    }

    private void CheckAlias(AnchorAlias alias)
    {
        var name = alias.Value.Value;
        if (_open.Exists(f => f.Anchor == name))
        {
            throw new YamlLimitException(Diagnostics.RuleIds.TooDeep, alias.Start,
                $"The alias *{Diagnostics.QuotedValue.Cut(name)} is inside the anchor &{Diagnostics.QuotedValue.Cut(name)} it stands for, which would nest it inside itself for ever.",
                "Write the values out instead of the alias, or refer to an anchor defined elsewhere.");
        }

        // YamlDotNet reports an alias to an undefined anchor itself, with its position.
        var height = _anchorHeights.GetValueOrDefault(name);
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
    }
}
