using System.Text.Json;
using StaticKpi.Localisation;

namespace StaticKpi.OpenData;

/// <summary>
/// Writes <c>datapackage.json</c> following the Frictionless Data Package v1 specification: the package's name,
/// title and licence, and for every file its path (relative to the package), format, media type, size in bytes,
/// SHA-256 hash and, for a CSV, the Table Schema of its columns. Every text a reader reads (titles, descriptions)
/// is in the language of the site the package is published with; names, paths and column names are the same in
/// every language.
/// </summary>
public static class DataPackage
{
    /// <summary>The folder the package and its paths are relative to.</summary>
    private const string Folder = "data/";

    /// <param name="strings">The language of the package's texts (the resources' titles and fields already are in it).</param>
    public static byte[] Write(PublishedData data, SiteStrings strings, string name, IReadOnlyList<DataFile> resources)
    {
        var config = data.Config;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, DataJson.Options))
        {
            w.WriteStartObject();
            w.WriteString("profile", "data-package");
            w.WriteString("name", name);
            WriteLanguage(w, strings);
            w.WriteString("title", strings.Format("data_package.title", ("site", config.Title), ("organisation", config.Organisation)));
            w.WriteString("description", strings.Format("data_package.description", ("organisation", config.Organisation)));
            if (data.Address.IsAbsolute)
            {
                w.WriteString("homepage", data.Address.BaseUrl);
            }

            w.WriteStartArray("licenses");
            DataJson.WriteLicence(w, data.Licence);
            w.WriteEndArray();
            w.WriteStartArray("contributors");
            w.WriteStartObject();
            w.WriteString("title", config.Organisation);
            w.WriteString("role", "publisher");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteStartArray("resources");
            for (var i = 0; i < resources.Count; i++)
            {
                WriteResource(w, resources[i]);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>
    /// The language of the package's texts, as the Data Package "Language support" recipe declares it: a
    /// <c>languages</c> array whose first item is the language of the descriptor and its data. The recipe reads a
    /// package without one as English, so only another language's package says so (and an English one stays as it was).
    /// </summary>
    private static void WriteLanguage(Utf8JsonWriter w, SiteStrings strings)
    {
        if (strings.PrimaryLanguage == SiteStrings.ReferenceLanguage)
        {
            return;
        }

        w.WriteStartArray("languages");
        w.WriteStringValue(strings.PrimaryLanguage);
        w.WriteEndArray();
    }

    private static void WriteResource(Utf8JsonWriter w, DataFile file)
    {
        w.WriteStartObject();
        w.WriteString("profile", file.Fields is null ? "data-resource" : "tabular-data-resource");
        w.WriteString("name", file.Name);
        w.WriteString("path", file.Path.StartsWith(Folder, StringComparison.Ordinal) ? file.Path[Folder.Length..] : file.Path);
        w.WriteString("title", file.Title);
        w.WriteString("format", file.Format);
        w.WriteString("mediatype", file.MediaType);
        w.WriteString("encoding", "utf-8");
        w.WriteNumber("bytes", file.Length);
        w.WriteString("hash", file.Hash);
        if (file.Fields is { } fields)
        {
            w.WriteStartObject("dialect");
            w.WriteString("delimiter", ",");
            w.WriteString("lineTerminator", "\n");
            w.WriteBoolean("header", true);
            w.WriteEndObject();
            w.WriteStartObject("schema");
            w.WriteStartArray("fields");
            foreach (var field in fields)
            {
                w.WriteStartObject();
                w.WriteString("name", field.Name);
                w.WriteString("type", field.Type);
                w.WriteString("description", field.Description);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("missingValues");
            w.WriteStringValue("");
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
