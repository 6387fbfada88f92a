namespace StaticKpi.TestSupport;

/// <summary>
/// A site of tests/fixtures built once for a test class (as its xUnit class fixture): a subclass names the fixture.
/// </summary>
public abstract class BuiltFixture(string fixture) : IDisposable
{
    public BuiltSite Site { get; } = new(RepoPaths.Fixture(fixture));

    /// <summary>The built site, once the build is known to have succeeded (else its diagnostics fail the test).</summary>
    public BuiltSite Succeeded()
    {
        Assert.True(Site.Result.Succeeded, DiagnosticAssert.Describe(Site.Result.Diagnostics));
        return Site;
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Site.Dispose();
        }
    }
}
