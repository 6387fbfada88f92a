using System.IO.Compression;
using System.Xml.Linq;
using StaticKpi.Tests.Support;

namespace StaticKpi.Tests.Cli.Packaging;

/// <summary>
/// The StaticKpi.Tool package as editors get it: packed from this build, installed with 'dotnet tool install' from
/// a local folder with no other feed (so offline), and carrying what nuget.org shows of it.
/// </summary>
public sealed class ToolPackageTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public void The_installed_tool_prints_the_version_in_the_project_file()
    {
        using var temp = new TempFolder();
        // Only the local folder as a source: the install must not need the network.
        File.WriteAllText(temp.Combine("nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{PackedTool.Feed}" />
              </packageSources>
            </configuration>
            """);
        var environment = ChildProcess.DotnetEnvironment(PackedTool.NewPackagesFolder());

        var install = ChildProcess.Run("dotnet",
            ["tool", "install", "StaticKpi.Tool", "--tool-path", temp.Combine("tools"), "--version", PackedTool.Version,
             "--configfile", temp.Combine("nuget.config")],
            temp.Path, environment, Timeout);
        Assert.True(install.ExitCode == 0, install.Output + install.Errors);

        var version = ChildProcess.Run(temp.Combine("tools", "statickpi"), ["--version"], temp.Path, environment, Timeout);
        Assert.Equal((0, PackedTool.Version + "\n", ""), (version.ExitCode, version.Output, version.Errors));
    }

    [Fact]
    public void Packing_the_tool_gives_no_warnings()
    {
        var lines = (PackedTool.PackOutcome.Output + PackedTool.PackOutcome.Errors).Split('\n');

        Assert.Equal([], [.. lines.Where(line => line.Contains("warning", StringComparison.OrdinalIgnoreCase))]);
        Assert.Contains($"Successfully created package '{PackedTool.Package}'.", lines.Select(line => line.Trim()));
    }

    [Theory]
    [InlineData("PACKAGE.md", "src/StaticKpi.Cli/PACKAGE.md")]
    [InlineData("icon.png", "src/StaticKpi.Cli/icon.png")]
    [InlineData("LICENSE", "LICENSE")]
    public void The_package_carries_its_readme_icon_and_licence(string entry, string file)
    {
        using var package = ZipFile.OpenRead(PackedTool.Package);
        using var stream = package.GetEntry(entry)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Root, file)), copy.ToArray());
    }

    [Fact]
    public void The_icon_is_a_128_pixel_square_png()
    {
        var png = File.ReadAllBytes(Path.Combine(PackedTool.CliProjectFolder, "icon.png"));

        // The PNG signature, then the IHDR chunk's width and height (big-endian) at bytes 16 to 23.
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal((128, 128), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)),
            System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
    }

    [Fact]
    public void The_package_metadata_names_the_licence_repository_tags_readme_and_icon()
    {
        using var package = ZipFile.OpenRead(PackedTool.Package);
        using var stream = package.GetEntry("StaticKpi.Tool.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        XElement Element(string name) => metadata.Elements().Single(e => e.Name.LocalName == name);

        Assert.Equal("StaticKpi.Tool", Value("id"));
        Assert.Equal(PackedTool.Version, Value("version"));
        Assert.Equal("StaticKpi contributors", Value("authors"));
        Assert.Equal(("expression", "MIT"), ((string?)Element("license").Attribute("type"), Value("license")));
        Assert.Equal("https://github.com/statickpi/statickpi", Value("projectUrl"));
        Assert.Equal(("git", "https://github.com/statickpi/statickpi"),
            ((string?)Element("repository").Attribute("type"), (string?)Element("repository").Attribute("url")));
        Assert.Equal("performance kpi scorecard static-site-generator accessibility council local-government", Value("tags"));
        Assert.Equal("PACKAGE.md", Value("readme"));
        Assert.Equal("icon.png", Value("icon"));
        Assert.Equal("DotnetTool", (string?)Element("packageTypes").Elements().Single().Attribute("name"));
    }
}
