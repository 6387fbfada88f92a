using System.Text;
using Scriban.Runtime;

namespace StaticKpi.Render;

/// <summary>
/// Collects what a template writes in a reusable <see cref="StringBuilder"/>. Scriban's <c>Template.Render</c> returns
/// <c>Output.ToString()</c>; this output returns an empty string there, because the page is taken from
/// <see cref="Builder"/> instead, so rendering makes no copy of it.
/// </summary>
internal sealed class BufferedOutput : IScriptOutput
{
    public StringBuilder Builder { get; } = new(capacity: 64 * 1024);

    public void Write(string text, int offset, int count) => Builder.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => "";
}

/// <summary>
/// Passes a partial's text straight on to the output of the template that includes it, holding back newlines at the
/// end: a partial file's final newline is an editor convention, not content, so an inline partial stays inline. The
/// held newlines are written only if more text follows; what is still held when the partial ends is dropped.
/// </summary>
internal sealed class PartialOutput(IScriptOutput target) : IScriptOutput
{
    private int _heldNewlines;

    public void Write(string text, int offset, int count)
    {
        var end = offset + count;
        var trimmedEnd = end;
        while (trimmedEnd > offset && text[trimmedEnd - 1] == '\n')
        {
            trimmedEnd--;
        }

        if (trimmedEnd == offset)
        {
            _heldNewlines += count;
            return;
        }

        for (; _heldNewlines > 0; _heldNewlines--)
        {
            target.Write("\n", 0, 1);
        }

        target.Write(text, offset, trimmedEnd - offset);
        _heldNewlines = end - trimmedEnd;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Empty: the text has gone to the including template's output (see <see cref="BufferedOutput"/>).</summary>
    public override string ToString() => "";
}
