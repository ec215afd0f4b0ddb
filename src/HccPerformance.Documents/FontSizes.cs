namespace HccPerformance.Documents;

/// <summary>
/// The report's fonts by body size, shared by the layout and the drawing pass: the same font objects in both, so the
/// text wrapped while laying out is reused when drawing (see <see cref="WrapMemo"/>).
/// </summary>
internal sealed class FontSizes
{
    private readonly Dictionary<double, ReportFonts> bySize = [];

    public ReportFonts At(double size)
    {
        if (!bySize.TryGetValue(size, out var fonts))
        {
            fonts = new ReportFonts(size);
            bySize[size] = fonts;
        }
        return fonts;
    }
}
