using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StaticKpi.PlotlyBindings;

namespace StaticKpi.Tests.Charts;

/// <summary>The source generator that gives Plotly.NET's F# optional parameters C# defaults.</summary>
public sealed class PlotlyBindingGeneratorTests
{
    private const string Declaration = """
        namespace StaticKpi.Charts;

        [PlotlyBinding(typeof(Plotly.NET.Line), nameof(Plotly.NET.Line.init))]
        [PlotlyBinding(typeof(Plotly.NET.LayoutObjects.Margin), "init", Name = "Gaps")]
        [PlotlyBinding(typeof(Plotly.NET.Trace2DStyle), nameof(Plotly.NET.Trace2DStyle.Scatter))]
        internal static partial class Typed;
        """;

    [Fact]
    public void Line_init_becomes_a_method_whose_every_option_is_a_CSharp_parameter_defaulting_to_null()
    {
        var (returns, parameters) = Bound("Line");

        Assert.Equal("Plotly.NET.Line", returns);
        Assert.Equal(
        [
            "Plotly.NET.StyleParam.BackOff? BackOff = null", "bool? AutoColorScale = null", "bool? CAuto = null",
            "double? CMax = null", "double? CMid = null", "double? CMin = null", "Plotly.NET.Color? Color = null",
            "Plotly.NET.StyleParam.SubPlotId? ColorAxis = null", "Plotly.NET.StyleParam.Colorscale? Colorscale = null",
            "bool? ReverseScale = null", "bool? ShowScale = null", "Plotly.NET.ColorBar? ColorBar = null",
            "Plotly.NET.StyleParam.DrawingStyle? Dash = null", "Plotly.NET.StyleParam.Shape? Shape = null",
            "bool? Simplify = null", "double? Smoothing = null", "double? Width = null",
            "System.Collections.Generic.IEnumerable<double>? MultiWidth = null", "Plotly.NET.Color? OutlierColor = null",
            "double? OutlierWidth = null",
        ],
        parameters);
    }

    [Fact]
    public void A_generic_member_without_constraints_takes_object_under_the_name_given()
    {
        var (returns, parameters) = Bound("Gaps");

        Assert.Equal("Plotly.NET.LayoutObjects.Margin", returns);
        string[] names = ["Left", "Right", "Top", "Bottom", "Pad", "Autoexpand"];
        Assert.Equal(names.Select(n => $"object? {n} = null"), parameters);
    }

    [Fact]
    public void Type_parameters_of_a_generic_style_become_their_constraints()
    {
        var (returns, parameters) = Bound("Scatter");

        Assert.Equal("Microsoft.FSharp.Core.FSharpFunc<Plotly.NET.Trace, Plotly.NET.Trace>", returns);
        Assert.Equal(71, parameters.Count);
        Assert.Equal("System.Collections.Generic.IEnumerable<System.IConvertible>? X = null", parameters[11]);
        Assert.Equal("System.IConvertible? Text = null", parameters[19]);
    }

    /// <summary>The return type and parameters ("type name = default") of the binding called <paramref name="name"/>.</summary>
    private static (string Returns, IReadOnlyList<string> Parameters) Bound(string name)
    {
        var (compilation, errors) = Run(Declaration);
        Assert.Empty(errors);
        var method = compilation.GetTypeByMetadataName("StaticKpi.Charts.Typed")!.GetMembers(name).OfType<IMethodSymbol>().Single();
        return (method.ReturnType.ToDisplayString(), [.. method.Parameters.Select(Signature)]);
    }

    private static string Signature(IParameterSymbol parameter) =>
        $"{parameter.Type.ToDisplayString()} {parameter.Name} = " +
        (parameter.HasExplicitDefaultValue ? parameter.ExplicitDefaultValue?.ToString() ?? "null" : "(none)");

    /// <summary>Compiles <paramref name="source"/> with the generator against Plotly.NET; returns the result and its errors.</summary>
    private static (Compilation Compilation, IReadOnlyList<string> Errors) Run(string source)
    {
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var plotly = new[] { typeof(Plotly.NET.Line), typeof(Microsoft.FSharp.Core.FSharpOption<>), typeof(DynamicObj.DynamicObj) }
            .Select(t => t.Assembly.Location);
        var references = framework.Concat(plotly).Distinct().Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Bindings",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(new PlotlyBindingGenerator())
            .WithUpdatedParseOptions(new CSharpParseOptions(LanguageVersion.Latest))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var errors = output.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToList();
        return (output, errors);
    }
}
