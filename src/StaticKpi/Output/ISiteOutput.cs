namespace StaticKpi.Output;

/// <summary>
/// Where a build puts its files, by path relative to the site root: a staged folder swapped in whole when the build is
/// complete (<see cref="StagedOutput"/>), or, for the preview's rebuilds, files replaced one by one. Written from
/// several threads at once.
/// </summary>
public interface ISiteOutput
{
    void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes);
}
