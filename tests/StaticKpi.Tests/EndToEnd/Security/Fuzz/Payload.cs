using System.Text;

namespace StaticKpi.Tests.EndToEnd.Security.Fuzz;

/// <summary>How a payload is built: plain text, or a shape too big to write out in a description.</summary>
internal enum PayloadShape
{
    /// <summary><see cref="Payload.Text"/> with <c>{M}</c> replaced by the case's marker.</summary>
    Text,

    /// <summary><c>[[[…marker…]]]</c>, <see cref="Payload.Size"/> deep.</summary>
    DeepList,

    /// <summary><c>{a: {a: …marker…}}</c>, <see cref="Payload.Size"/> deep.</summary>
    DeepMap,

    /// <summary>A one-line billion-laughs: <see cref="Payload.Size"/> levels of anchors, each ten aliases of the one before.</summary>
    AliasBomb,

    /// <summary><see cref="Payload.Text"/> repeated to <see cref="Payload.Size"/> characters (a very long line).</summary>
    Long,
}

/// <summary>A value a mutation writes into a file, named by what it tries (<see cref="Label"/>).</summary>
internal sealed record Payload(string Label, string Text, PayloadShape Shape = PayloadShape.Text, int Size = 0)
{
    public const string MarkerSlot = "{M}";

    public string Build(string marker)
    {
        var text = Text.Replace(MarkerSlot, marker, StringComparison.Ordinal);
        switch (Shape)
        {
            case PayloadShape.DeepList:
                return new string('[', Size) + marker + new string(']', Size);
            case PayloadShape.DeepMap:
                return string.Concat(Enumerable.Repeat("{a: ", Size)) + marker + new string('}', Size);
            case PayloadShape.AliasBomb:
                var bomb = new StringBuilder("[&a0 [").Append(string.Join(", ", Enumerable.Repeat(marker, 10))).Append(']');
                for (var level = 1; level < Size; level++)
                {
                    bomb.Append($", &a{level} [").Append(string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 10))).Append(']');
                }

                return bomb.Append(']').ToString();
            case PayloadShape.Long:
                var longText = new StringBuilder(Size + text.Length);
                while (longText.Length < Size)
                {
                    longText.Append(text);
                }

                return longText.ToString();
            default:
                return text;
        }
    }

    /// <summary>The payload as a description shows it: the text itself, or its shape and size.</summary>
    public override string ToString() => Shape switch
    {
        PayloadShape.Text => $"{Label} {Show(Text)}",
        PayloadShape.Long => $"{Label} ({Size:N0} characters of {Show(Text)})",
        _ => $"{Label} ({Shape} {Size:N0})",
    };

    /// <summary>Text quoted for a description, control characters as <c>\uXXXX</c> so the report itself is safe to print.</summary>
    public static string Show(string text)
    {
        var shown = new StringBuilder("`");
        foreach (var c in text.Length > 120 ? text[..120] + "…" : text)
        {
            shown.Append(char.IsControl(c) || c is '\u2028' or '\u2029' or '\u202e' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return shown.Append('`').ToString();
    }
}
