using StaticKpi.Diagnostics;

namespace StaticKpi.Model;

/// <summary>
/// A link within the site written in an editor's Markdown (no scheme, such as <c>../183-subject-access-requests/</c>),
/// kept with where it was written so a link to a page the build will not create can be reported there.
/// </summary>
public sealed record MarkdownLink(string Url, SourceLocation Location);
