using System.Collections.ObjectModel;

namespace StaticKpi.Formatting;

/// <summary>
/// A view of which one instance is shown by many pages (an indicator's history row appears on its page in every later
/// report; ratings, directions and values repeat from table to table). The builders make each once per build, so a
/// template's partial given the very same instance may reuse what it rendered for it (see Render/PartialPurity).
/// </summary>
public interface ISharedView;

/// <summary>A row of a chart's data table, shared by every chart that shows it.</summary>
public sealed class SharedRow(IList<string> cells) : ReadOnlyCollection<string>(cells), ISharedView;
