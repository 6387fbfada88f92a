namespace StaticKpi.Output;

/// <summary>
/// An output whose files all go under one folder of another (a language's pages under <c>cy/</c>): pages link to each
/// other relatively, so a language's whole site is written as a one-language site would be, only lower down.
/// </summary>
public sealed class PrefixedOutput(ISiteOutput inner, string prefix) : ISiteOutput
{
    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes) => inner.WriteBytes(prefix + relativePath, bytes);
}
