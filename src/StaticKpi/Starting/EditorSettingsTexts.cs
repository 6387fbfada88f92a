using StaticKpi.Content;

namespace StaticKpi.Starting;

/// <summary>The new site's files for editors' tools and git: schema mappings, ignored folders and YAML layout.</summary>
internal static class EditorSettingsTexts
{
    public const string SchemasFolder = "schemas";

    /// <summary>Maps each kind of content file to its schema, so new files get completion and checks before their modeline is added.</summary>
    public const string VsCodeSettings = """
        {
          "yaml.schemas": {
            "./schemas/indicator.schema.json": ["content/indicators/*.yaml"],
            "./schemas/report.schema.json": ["content/reports/**/*.yaml"],
            "./schemas/site-config.schema.json": ["site.config.yaml"]
          },
          "files.associations": {
            "*.yaml": "yaml"
          }
        }

        """;

    public static string GitIgnore => $"""
        # What 'statickpi build' writes: the site, and the build cache it keeps beside it (safe to delete).
        {WorkflowTexts.Output}/
        .*.statickpi-cache/
        # Where the statickpi tool can be installed for this folder only.
        .tools/
        .statickpi/

        """;

    /// <summary>Two-space YAML with LF endings, so files edited anywhere look alike in a pull request's diff.</summary>
    public const string EditorConfig = """
        root = true

        [*]
        charset = utf-8
        end_of_line = lf
        insert_final_newline = true
        trim_trailing_whitespace = true

        [*.{yaml,yml}]
        indent_style = space
        indent_size = 2

        [*.md]
        # Two spaces at the end of a Markdown line are a line break.
        trim_trailing_whitespace = false

        """;

    /// <summary>The same JSON Schemas 'statickpi schema' writes.</summary>
    public static IEnumerable<NewSiteFile> Schemas() =>
        ContentSchema.Files().Select(file => new NewSiteFile($"{SchemasFolder}/{file.FileName}", file.Json.ReplaceLineEndings("\n")));
}
