using HccPerformance.Core.SelfAssessments;

namespace HccPerformance.UnitTests.SelfAssessments;

public sealed class TextDiffTests
{
    [Fact]
    public void Text_changed_only_in_spacing_is_one_same_part()
    {
        var parts = TextDiff.Words("Waiting times have halved.", "Waiting  times   have halved. ");

        Assert.Equal([new DiffPart(DiffKind.Same, "Waiting times have halved.")], parts);
        Assert.False(TextDiff.HasChanges(parts));
    }

    [Fact]
    public void Changed_words_show_what_went_then_what_replaced_it_between_the_words_kept()
    {
        var parts = TextDiff.Words("Delays rose in January.", "Delays fell in February.");

        Assert.Equal(
        [
            new DiffPart(DiffKind.Same, "Delays"),
            new DiffPart(DiffKind.Removed, "rose"),
            new DiffPart(DiffKind.Added, "fell"),
            new DiffPart(DiffKind.Same, "in"),
            new DiffPart(DiffKind.Removed, "January."),
            new DiffPart(DiffKind.Added, "February."),
        ], parts);
    }

    [Fact]
    public void A_new_item_at_the_end_is_added_on_its_own_line()
    {
        var parts = TextDiff.Words("A weekly check.", "A weekly check.\nThe failover test passed.");

        Assert.Equal([new DiffPart(DiffKind.Same, "A weekly check."), new DiffPart(DiffKind.Added, "\nThe failover test passed.")], parts);
    }

    [Fact]
    public void Items_keep_their_lines_when_one_between_them_changes()
    {
        var parts = TextDiff.Words("First item.\nSecond item.\nThird item.", "First item.\nSecond point.\nThird item.");

        Assert.Equal(
        [
            new DiffPart(DiffKind.Same, "First item.\nSecond"),
            new DiffPart(DiffKind.Removed, "item."),
            new DiffPart(DiffKind.Added, "point."),
            new DiffPart(DiffKind.Same, "\nThird item."),
        ], parts);
    }

    [Fact]
    public void From_nothing_everything_is_added_and_to_nothing_everything_removed()
    {
        Assert.Equal([new DiffPart(DiffKind.Added, "New text")], TextDiff.Words("", "New text"));
        Assert.Equal([new DiffPart(DiffKind.Removed, "Old text")], TextDiff.Words("Old text", ""));
    }
}
