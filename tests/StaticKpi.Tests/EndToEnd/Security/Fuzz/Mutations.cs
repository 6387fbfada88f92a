using System.Text;
using System.Text.RegularExpressions;

namespace StaticKpi.Tests.EndToEnd.Security.Fuzz;

/// <summary>How a payload is written as a YAML scalar.</summary>
internal enum Quoting
{
    Plain,
    Double,
    Single,
}

/// <summary>
/// One change to one file of the site. <see cref="File"/> and line numbers are any non-negative numbers and wrap round
/// the site's files and the file's lines, so every generated mutation applies to whatever earlier mutations left.
/// </summary>
internal abstract partial record Mutation(int File)
{
    /// <summary>Changes <paramref name="site"/>; returns what was done, naming the file and line, for the report.</summary>
    public abstract string Apply(FuzzSite site, string marker);

    [GeneratedRegex(@"^(?<head>[ \t]*(?:-[ \t]+)?[A-Za-z_][\w-]*[ \t]*:)(?<rest>(?:[ \t].*)?)$")]
    protected static partial Regex KeyLine();

    [GeneratedRegex(@"^(?<head>[ \t]*-[ \t]+)(?<rest>.*)$")]
    protected static partial Regex ListItem();

    [GeneratedRegex(@"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")]
    protected static partial Regex Number();

    /// <summary>The line with its value (after <c>key:</c> or <c>- </c>, or the whole text) replaced.</summary>
    protected static string WithValue(string line, string value)
    {
        var indent = line[..(line.Length - line.TrimStart(' ', '\t').Length)];
        // A value of several lines (a block map or list) is indented under the line's key.
        value = value.Replace("\n", "\n" + indent + "  ", StringComparison.Ordinal);
        if (KeyLine().Match(line) is { Success: true } key)
        {
            return key.Groups["head"].Value + " " + value;
        }

        return ListItem().Match(line) is { Success: true } item ? item.Groups["head"].Value + value : indent + value;
    }

    /// <summary>A payload as a YAML scalar, then as the bytes of UTF-8 text.</summary>
    protected static string Quote(string value, Quoting quoting) => FuzzSite.FromText(quoting switch
    {
        Quoting.Double => DoubleQuoted(value),
        Quoting.Single => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'",
        _ => value,
    });

    /// <summary>A YAML double-quoted scalar: control characters as escapes, so the parsed value holds them.</summary>
    private static string DoubleQuoted(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\u001b' => "\\e",
                '\a' => "\\a",
                '\0' => "\\0",
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                '\u0085' => "\\N",
                _ when char.IsControl(c) => $"\\x{(int)c:X2}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}

/// <summary>A change to one line of a text file (nothing happens to a file that is a symbolic link).</summary>
internal abstract record LineMutation(int File, int Line) : Mutation(File)
{
    public sealed override string Apply(FuzzSite site, string marker)
    {
        var path = site.PathAt(File);
        if (site.Text(path) is not { } text)
        {
            return $"{path}: is a symbolic link; {GetType().Name} not applied";
        }

        var lines = text.Split('\n').ToList();
        var index = Line % lines.Count;
        var before = lines[index];
        var what = Edit(lines, index, marker);
        site.Files[path] = string.Join('\n', lines);
        return $"{path}:{index + 1}: {what} (the line was {Payload.Show(FuzzSite.ToText(before))})";
    }

    /// <summary>Edits <paramref name="lines"/> at <paramref name="index"/>; returns what it did.</summary>
    protected abstract string Edit(List<string> lines, int index, string marker);
}

internal sealed record DeleteLine(int File, int Line) : LineMutation(File, Line)
{
    protected override string Edit(List<string> lines, int index, string marker)
    {
        lines.RemoveAt(index);
        return "line deleted";
    }
}

internal sealed record DuplicateLine(int File, int Line) : LineMutation(File, Line)
{
    protected override string Edit(List<string> lines, int index, string marker)
    {
        lines.Insert(index, lines[index]);
        return "line duplicated (a duplicate key where it is a key)";
    }
}

internal sealed record SwapLines(int File, int Line, int Other) : LineMutation(File, Line)
{
    protected override string Edit(List<string> lines, int index, string marker)
    {
        var other = Other % lines.Count;
        (lines[index], lines[other]) = (lines[other], lines[index]);
        return $"swapped with line {other + 1}";
    }
}

/// <summary>The line cut short, as an editor's slip leaves it: unclosed brackets and quotes, half a key.</summary>
internal sealed record TruncateLine(int File, int Line, int Column) : LineMutation(File, Line)
{
    protected override string Edit(List<string> lines, int index, string marker)
    {
        var column = Column % (lines[index].Length + 1);
        lines[index] = lines[index][..column];
        return $"cut after column {column}";
    }
}

internal sealed record Indent(int File, int Line, string Prefix) : LineMutation(File, Line)
{
    protected override string Edit(List<string> lines, int index, string marker)
    {
        lines[index] = Prefix + lines[index];
        return $"indented by {Payload.Show(Prefix)}";
    }
}

internal sealed record Dedent(int File, int Line) : LineMutation(File, Line)
{
    protected override string Edit(List<string> lines, int index, string marker)
    {
        lines[index] = lines[index].TrimStart(' ', '\t');
        return "leading white space removed";
    }
}

/// <summary>The line's first number (or its value, when it has none) replaced: numbers to text, huge numbers.</summary>
internal sealed record ReplaceNumber(int File, int Line, Payload With) : LineMutation(File, Line)
{
    protected override string Edit(List<string> lines, int index, string marker)
    {
        var value = FuzzSite.FromText(With.Build(marker));
        var number = Number().Match(lines[index]);
        lines[index] = number.Success
            ? lines[index][..number.Index] + value + lines[index][(number.Index + number.Length)..]
            : WithValue(lines[index], value);
        return $"{(number.Success ? "number" : "value")} replaced by {With}";
    }
}

/// <summary>The line's value replaced by a payload (injection, traversal, wrong type, nesting, alias bomb, long text).</summary>
internal sealed record ReplaceValue(int File, int Line, Payload With, Quoting Quoting) : LineMutation(File, Line)
{
    protected override string Edit(List<string> lines, int index, string marker)
    {
        lines[index] = WithValue(lines[index], Quote(With.Build(marker), Quoting));
        return $"value replaced by {With}{(Quoting == Quoting.Plain ? "" : $", {Quoting.ToString().ToLowerInvariant()}-quoted")}";
    }
}

/// <summary>The kinds of line <see cref="ReplaceField"/> aims at.</summary>
internal enum FieldKind
{
    /// <summary>A figure: <c>value</c>, <c>target</c>, <c>min</c>, <c>max</c>, <c>values</c>.</summary>
    Figure,

    /// <summary>Text a page or chart shows: titles, names, labels, axis titles, descriptions.</summary>
    Text,

    /// <summary>A scalar list item (a chart's categories, a report's indicators).</summary>
    ListItem,
}

/// <summary>
/// The value of the <see cref="Nth"/> line of a kind replaced, in the first file from <see cref="Mutation.File"/> on
/// that has one: aims the payloads where random lines rarely land (figures for huge numbers, chart text for markup).
/// </summary>
internal sealed partial record ReplaceField(int File, int Nth, FieldKind Kind, Payload With, Quoting Quoting) : Mutation(File)
{
    private static readonly HashSet<string> FigureKeys = ["value", "target", "min", "max", "values"];

    private static readonly HashSet<string> TextKeys =
        ["title", "name", "service", "description", "data_source", "introduction", "x_title", "y_title", "label", "note", "organisation", "reason"];

    public override string Apply(FuzzSite site, string marker)
    {
        for (var offset = 0; offset < site.Paths.Count; offset++)
        {
            var path = site.PathAt(File + offset);
            if (site.Text(path) is not { } text)
            {
                continue;
            }

            var lines = text.Split('\n').ToList();
            var candidates = Enumerable.Range(0, lines.Count).Where(i => Matches(lines[i])).ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var index = candidates[Nth % candidates.Count];
            var before = lines[index];
            lines[index] = WithValue(before, Quote(With.Build(marker), Quoting));
            site.Files[path] = string.Join('\n', lines);
            return $"{path}:{index + 1}: {Kind.ToString().ToLowerInvariant()} replaced by {With}" +
                   $"{(Quoting == Quoting.Plain ? "" : $", {Quoting.ToString().ToLowerInvariant()}-quoted")} (the line was " +
                   $"{Payload.Show(FuzzSite.ToText(before))})";
        }

        return $"no {Kind} line left to replace";
    }

    private bool Matches(string line) => Kind switch
    {
        FieldKind.ListItem => ScalarItem().IsMatch(line),
        _ => KeyLine().Match(line) is { Success: true } key
             && (Kind == FieldKind.Figure ? FigureKeys : TextKeys).Contains(key.Groups["head"].Value.Trim(' ', '\t', '-', ':')),
    };

    [GeneratedRegex(@"^[ \t]*-[ \t]+[^:\[\]{}]+$")]
    private static partial Regex ScalarItem();
}

/// <summary>Raw bytes put into a line: junk, invalid UTF-8, control characters, NUL.</summary>
internal sealed record InsertBytes(int File, int Line, int Column, string Label, byte[] Bytes) : LineMutation(File, Line)
{
    protected override string Edit(List<string> lines, int index, string marker)
    {
        var column = Column % (lines[index].Length + 1);
        lines[index] = lines[index].Insert(column, Encoding.Latin1.GetString(Bytes));
        return $"{Label} bytes [{Convert.ToHexString(Bytes)}] inserted at column {column + 1}";
    }
}

/// <summary>Lines put before a line: a second YAML document, a misplaced key, raw Markdown.</summary>
internal sealed record InsertLines(int File, int Line, Payload Lines) : LineMutation(File, Line)
{
    protected override string Edit(List<string> lines, int index, string marker)
    {
        lines.InsertRange(index, FuzzSite.FromText(Lines.Build(marker)).Split('\n'));
        return $"inserted before it: {Lines}";
    }
}

internal enum Reencoding
{
    ByteOrderMark,
    CrLf,
    ByteOrderMarkAndCrLf,
    CrOnly,
    Utf16,
    NoFinalNewline,
    Latin1,
    TrailingNul,
}

/// <summary>The whole file's encoding or line endings changed.</summary>
internal sealed record Reencode(int File, Reencoding How) : Mutation(File)
{
    private const string Bom = "\u00EF\u00BB\u00BF";

    public override string Apply(FuzzSite site, string marker)
    {
        var path = site.PathAt(File);
        if (site.Text(path) is not { } text)
        {
            return $"{path}: is a symbolic link; not re-encoded";
        }

        site.Files[path] = How switch
        {
            Reencoding.ByteOrderMark => Bom + text,
            Reencoding.CrLf => text.Replace("\n", "\r\n", StringComparison.Ordinal),
            Reencoding.ByteOrderMarkAndCrLf => Bom + text.Replace("\n", "\r\n", StringComparison.Ordinal),
            Reencoding.CrOnly => text.Replace('\n', '\r'),
            Reencoding.Utf16 => Encoding.Latin1.GetString([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(FuzzSite.ToText(text))]),
            Reencoding.NoFinalNewline => text.TrimEnd('\n'),
            // The UTF-8 pound sign (C2 A3) as the single Latin-1 byte A3: invalid UTF-8.
            Reencoding.Latin1 => text.Replace("\u00C2\u00A3", "\u00A3", StringComparison.Ordinal) + "\u00E9\u00A3\n",
            _ => text + "\0",
        };
        return $"{path}: re-encoded as {How}";
    }
}

/// <summary>A link appended: a <c>links:</c> entry in YAML, a Markdown link in commentary.</summary>
internal sealed record AppendLink(int File, Payload Title, Payload Url) : Mutation(File)
{
    public override string Apply(FuzzSite site, string marker)
    {
        var path = site.PathAt(File);
        if (site.Text(path) is not { } text)
        {
            return $"{path}: is a symbolic link; no link appended";
        }

        var title = Title.Build(marker);
        var url = Url.Build(marker);
        site.Files[path] = text.TrimEnd('\n') + (path.EndsWith(".md", StringComparison.Ordinal)
            ? FuzzSite.FromText($"\n\n[{title}]({url})\n\n<{url}>\n\n[{title}][ref]\n\n[ref]: {url}\n")
            : "\nlinks:\n  - title: " + Quote(title, Quoting.Double) + "\n    url: " + Quote(url, Quoting.Double) + "\n");
        return $"{path}: link appended, title {Title}, address {Url}";
    }
}

/// <summary>The file renamed within its folder (odd names, markup, control characters, other extensions).</summary>
internal sealed record RenameFile(int File, Payload Name) : Mutation(File)
{
    public override string Apply(FuzzSite site, string marker)
    {
        var path = site.PathAt(File);
        var folder = path.Contains('/', StringComparison.Ordinal) ? path[..(path.LastIndexOf('/') + 1)] : "";
        var name = Name.Build(marker).Replace("{EXT}", Path.GetExtension(path), StringComparison.Ordinal);
        site.Rename(path, folder + name);
        return $"{path}: renamed to {Payload.Show(name)}";
    }
}

internal enum LinkTarget
{
    /// <summary>A canary file beside the site folder: reading it publishes a secret.</summary>
    OutsideSite,

    /// <summary>Another file of the site: allowed.</summary>
    InsideSite,

    /// <summary>A target that does not exist.</summary>
    Dangling,

    /// <summary>The link itself (ELOOP when read).</summary>
    Loop,
}

/// <summary>The file replaced by a symbolic link (finding 2 of issue 12 when it leaves the site).</summary>
internal sealed record Symlink(int File, LinkTarget Target) : Mutation(File)
{
    /// <summary>The canary beside the site folder that <see cref="LinkTarget.OutsideSite"/> points at.</summary>
    public const string OutsideFile = "secret.md";

    public override string Apply(FuzzSite site, string marker)
    {
        var path = site.PathAt(File);
        if (OperatingSystem.IsWindows())
        {
            return $"{path}: not made a symbolic link (Windows)";
        }

        var up = string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));
        site.MakeSymlink(path, Target switch
        {
            LinkTarget.OutsideSite => up + "../" + OutsideFile,
            LinkTarget.InsideSite => up + "site.config.yaml",
            LinkTarget.Dangling => "does-not-exist.yaml",
            _ => Path.GetFileName(path),
        });
        return $"{path}: replaced by a symbolic link ({Target}) to {Payload.Show(site.Symlinks[path])}";
    }
}

/// <summary>One generated test case: a marker unique to the case, and the mutations applied in order.</summary>
internal sealed record FuzzCase(string Marker, Mutation[] Mutations)
{
    /// <summary>A mutated copy of the fixture, and what each mutation did.</summary>
    public (FuzzSite Site, IReadOnlyList<string> Steps) Apply()
    {
        var site = FuzzSite.Original.Clone();
        var steps = Mutations.Select(m => m.Apply(site, Marker)).ToList();
        return (site, steps);
    }

    public string Describe() => $"marker {Marker}; {Mutations.Length} mutation(s):\n  " + string.Join("\n  ", Apply().Steps);
}
