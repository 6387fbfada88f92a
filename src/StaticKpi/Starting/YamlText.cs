using System.Globalization;
using StaticKpi.Editing;

namespace StaticKpi.Starting;

/// <summary>Writing the values an editor typed into YAML so they read back exactly, and lining up trailing comments.</summary>
internal static class YamlText
{
    /// <summary>The column trailing comments start at in site.config.yaml, as in the example site's.</summary>
    public const int CommentColumn = 36;

    /// <summary>Text as a YAML scalar, quoted by YamlDotNet when plain text would read differently (<c>O'Brien: "Council" #1</c>).</summary>
    public static string Scalar(string text) => NewIndicator.Scalar(text);

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary><paramref name="line"/> with <paramref name="comment"/> at <see cref="CommentColumn"/> (or a space after a longer line).</summary>
    public static string Commented(string line, string comment) => $"{line.PadRight(CommentColumn - 1)} # {comment}";
}
