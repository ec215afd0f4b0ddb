using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using HccPerformance.Core.Indicators;
using Microsoft.AspNetCore.Html;

namespace HccPerformance.Web.Models.Indicators;

/// <summary>How indicator figures, trends and directions show on pages.</summary>
public static class IndicatorDisplay
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Number(decimal? value) => value is { } v ? v.ToString("#,0.##", EnGb) : "";

    /// <summary>A figure with its unit as people write it: 61.9%, £78.50, 8.4 days.</summary>
    public static string Figure(decimal? value, string? unit) => (value, unit) switch
    {
        (null, _) => "None",
        (_, "%") => Number(value) + "%",
        ({ } money, "£") => money.ToString("C2", EnGb),
        (_, null) => Number(value),
        _ => $"{Number(value)} {unit}",
    };

    /// <summary>An arrow with its meaning in words for screen readers (and as a tooltip).</summary>
    public static IHtmlContent Travel(Direction direction, string since)
    {
        var (arrow, css) = direction switch
        {
            Direction.Improved => ("▲", "travel-better"),
            Direction.Worsened => ("▼", "travel-worse"),
            Direction.NoChange => ("▶", "travel-same"),
            _ => ("–", "travel-unknown"),
        };
        var words = $"{Words.Name(direction)} since {since}";
        return new HtmlString($"<span class=\"travel {css}\" title=\"{HtmlEncoder.Default.Encode(words)}\"><span aria-hidden=\"true\">{arrow}</span><span class=\"visually-hidden\">{HtmlEncoder.Default.Encode(words)}</span></span>");
    }

    /// <summary>
    /// A small line of the latest results, drawn as SVG on the server (no script, no inline style), with the figures in
    /// words as its text alternative.
    /// </summary>
    public static IHtmlContent Sparkline(IReadOnlyList<decimal> values)
    {
        if (values.Count < 2)
        {
            return new HtmlString("<span class=\"text-body-secondary small\">Too few results</span>");
        }

        const int width = 96, height = 24, pad = 2;
        var min = values.Min();
        var max = values.Max();
        var range = max == min ? 1 : max - min;
        var points = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            var x = pad + (i * (width - (2 * pad)) / (decimal)(values.Count - 1));
            var y = height - pad - ((values[i] - min) * (height - (2 * pad)) / range);
            points.Append(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#} ");
        }

        var last = points.ToString().TrimEnd().Split(' ')[^1].Split(',');
        var label = $"Trend of the last {values.Count} results, oldest first: {string.Join(", ", values.Select(v => Number(v)))}";
        return new HtmlString(
            $"<svg class=\"sparkline\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{HtmlEncoder.Default.Encode(label)}\">" +
            $"<title>{HtmlEncoder.Default.Encode(label)}</title>" +
            $"<polyline fill=\"none\" stroke=\"#1d3a5f\" stroke-width=\"1.5\" points=\"{points.ToString().TrimEnd()}\" />" +
            $"<circle cx=\"{last[0]}\" cy=\"{last[1]}\" r=\"2.5\" fill=\"#1d3a5f\" /></svg>");
    }
}
