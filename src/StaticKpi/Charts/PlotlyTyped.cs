namespace StaticKpi.Charts;

/// <summary>
/// The Plotly.NET functions StaticKpi builds charts with, callable from C# with only the arguments it needs: the
/// StaticKpi.PlotlyBindings source generator writes each method (<c>PlotlyTyped.Line(Color: …, Width: 3.0)</c> calls
/// <c>Line.init</c> with every other F# optional parameter left out). Each of them sets its attributes by
/// reflection, a few microseconds each, so charts call them once per styled part (<see cref="PlotlyObjects"/>).
/// The types are named in full: inside this class <c>Line</c> is the binding, not the type.
/// </summary>
[PlotlyBinding(typeof(Plotly.NET.Line), nameof(Plotly.NET.Line.init))]
[PlotlyBinding(typeof(Plotly.NET.TraceObjects.Marker), nameof(Plotly.NET.TraceObjects.Marker.init))]
[PlotlyBinding(typeof(Plotly.NET.TraceObjects.Pattern), nameof(Plotly.NET.TraceObjects.Pattern.init))]
[PlotlyBinding(typeof(Plotly.NET.Title), nameof(Plotly.NET.Title.init))]
[PlotlyBinding(typeof(Plotly.NET.Font), nameof(Plotly.NET.Font.init))]
[PlotlyBinding(typeof(Plotly.NET.LayoutObjects.Legend), nameof(Plotly.NET.LayoutObjects.Legend.init))]
[PlotlyBinding(typeof(Plotly.NET.LayoutObjects.LinearAxis), nameof(Plotly.NET.LayoutObjects.LinearAxis.init))]
[PlotlyBinding(typeof(Plotly.NET.LayoutObjects.Annotation), nameof(Plotly.NET.LayoutObjects.Annotation.init))]
[PlotlyBinding(typeof(Plotly.NET.Layout), nameof(Plotly.NET.Layout.init))]
[PlotlyBinding(typeof(Plotly.NET.Config), nameof(Plotly.NET.Config.init))]
[PlotlyBinding(typeof(Plotly.NET.Trace2DStyle), nameof(Plotly.NET.Trace2DStyle.Scatter))]
[PlotlyBinding(typeof(Plotly.NET.Trace2DStyle), nameof(Plotly.NET.Trace2DStyle.Bar))]
internal static partial class PlotlyTyped;
