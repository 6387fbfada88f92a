namespace StaticKpi.Tests.Support;

/// <summary>
/// The tests that share one published example site. xunit finds collection definitions only in the test assembly,
/// so this stays here while <see cref="PublishedSiteFixture"/> is in StaticKpi.TestSupport.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PublishedSiteCollection : ICollectionFixture<PublishedSiteFixture>
{
    public const string Name = "Published example site";
}
