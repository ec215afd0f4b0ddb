using DocumentFormat.OpenXml.Wordprocessing;

namespace HccPerformance.Documents.Word;

/// <summary>
/// The numbering part: lists are Word's own lists, not typed markers, so a screen reader announces "list, 4 items" and a
/// clerk can restyle them. One bulleted list definition (a second level for what belongs to an item) shared by every
/// bulleted list, and one numbered definition, "[1]", whose every list starts again at 1: the Head of Improvement's notes
/// on a department are numbered [1], [2] ... as the marks by the items they are about.
/// </summary>
internal static class WordNumbering
{
    public const int Bullets = 1;
    private const int BulletsDefinition = 0;
    private const int NotesDefinition = 1;

    /// <param name="numberedLists">How many numbered lists the document has: ids 2, 3 ... each restarting at 1.</param>
    public static Numbering Build(int numberedLists)
    {
        var numbering = new Numbering(
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
                Level(0, NumberFormatValues.Bullet, "\u2022", 360, 284),
                Level(1, NumberFormatValues.Bullet, "\u2013", 720, 284))
            { AbstractNumberId = BulletsDefinition },
            new AbstractNum(
                new MultiLevelType { Val = MultiLevelValues.SingleLevel },
                Level(0, NumberFormatValues.Decimal, "[%1]", 567, 567))
            { AbstractNumberId = NotesDefinition },
            new NumberingInstance(new AbstractNumId { Val = BulletsDefinition }) { NumberID = Bullets });
        for (var i = 0; i < numberedLists; i++)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = NotesDefinition },
                new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
            { NumberID = Bullets + 1 + i });
        }
        return numbering;
    }

    private static Level Level(int index, NumberFormatValues format, string text, int left, int hanging) => new(
        new StartNumberingValue { Val = 1 },
        new NumberingFormat { Val = format },
        new LevelText { Val = text },
        new LevelJustification { Val = LevelJustificationValues.Left },
        new PreviousParagraphProperties(new Indentation { Left = left.ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = hanging.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
    { LevelIndex = index };
}
