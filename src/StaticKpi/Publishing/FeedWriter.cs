using System.Globalization;
using System.Xml;
using StaticKpi.Formatting;
using StaticKpi.Localisation;
using StaticKpi.Model;
using StaticKpi.Scoring;
using StaticKpi.Shared;

namespace StaticKpi.Publishing;

/// <summary>
/// <c>feed.xml</c>, an Atom feed (RFC 4287) of the published reports: one entry per report, newest first, each
/// identified by its permanent address (which never changes), updated on the date it was produced, with the
/// count of indicators by rating as its summary. Dates are the configured ones, never the time of the build.
/// </summary>
public static class FeedWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public static byte[] Write(SiteConfig config, SiteAddress address, IReadOnlyList<ScoredReport> reports, SiteStrings strings) =>
        XmlOutput.Write(xml =>
    {
        var newestFirst = reports
            .OrderByDescending(r => r.Report.ProducedOn)
            .ThenByDescending(r => r.Report.Period)
            .ThenBy(r => r.Committee.Key, StringComparer.Ordinal)
            .ToList();

        xml.WriteStartElement("feed", Namespace);
        xml.WriteAttributeString("xml", "lang", null, XmlOutput.Clean(config.Language));
        xml.WriteElementString("id", Namespace, XmlOutput.Clean(address.BaseUrl));
        Text(xml, "title", config.Title);
        Text(xml, "subtitle", strings.Format("feed.subtitle", ("organisation", config.Organisation)));
        Link(xml, "self", "application/atom+xml", address.Of(SitePaths.Feed));
        Link(xml, "alternate", "text/html", address.BaseUrl);
        xml.WriteElementString("updated", Namespace, Timestamp(newestFirst.Count == 0 ? null : newestFirst[0].Report.ProducedOn));
        xml.WriteStartElement("author", Namespace);
        xml.WriteElementString("name", Namespace, XmlOutput.Clean(config.Organisation));
        xml.WriteEndElement();
        var licence = Labels.DataLicence(strings, config);
        Text(xml, "rights", strings.Format("feed.rights", ("licence", licence.Title), ("url", licence.Url)));

        foreach (var report in newestFirst)
        {
            var url = address.OfPage(SitePaths.Report(report.Report));
            xml.WriteStartElement("entry", Namespace);
            xml.WriteElementString("id", Namespace, XmlOutput.Clean(url));
            Text(xml, "title", Labels.ReportTitle(strings, report.Report, report.Committee));
            Link(xml, "alternate", "text/html", url);
            xml.WriteElementString("published", Namespace, Timestamp(report.Report.ProducedOn));
            xml.WriteElementString("updated", Namespace, Timestamp(report.Report.ProducedOn));
            Text(xml, "summary", Summary(report, strings));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    /// <summary>
    /// "Finance Committee, 2024/25 Q3. 13 indicators: 1 Amber, 11 Green, 1 Baseline." with the ratings in the order of
    /// the report's summary table.
    /// </summary>
    public static string Summary(ScoredReport report, SiteStrings strings)
    {
        var count = report.Indicators.Count;
        var ratings = report.Summary.Where(s => s.Count > 0)
            .Select(s => strings.Format("feed.rating_count", ("count", strings.Number(s.Count)), ("rating", Labels.Rating(strings, s.Rating))));
        var period = strings.PeriodName(report.Report.Period);
        return count == 0
            ? strings.Plural("feed.summary_empty", count, ("committee", report.Committee.Name), ("period", period))
            : strings.Plural("feed.summary", count, ("committee", report.Committee.Name), ("period", period),
                ("ratings", string.Join(strings.Text("feed.rating_separator"), ratings)));
    }

    /// <summary>An RFC 3339 date-time for a date: midnight UTC, so the same date always gives the same text.</summary>
    private static string Timestamp(DateOnly? date) =>
        (date ?? DateOnly.MinValue).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static void Text(XmlWriter xml, string element, string text)
    {
        xml.WriteStartElement(element, Namespace);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(XmlOutput.Clean(text));
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", XmlOutput.Clean(href));
        xml.WriteEndElement();
    }
}
