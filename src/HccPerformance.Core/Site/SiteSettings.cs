using HccPerformance.Core.Common;

namespace HccPerformance.Core.Site;

/// <summary>
/// The site's own settings: one row (<see cref="TheOne"/>). For now only whether the database holds demo data (issue 17),
/// which puts the "Demo data: not real figures" banner on every page and "DEMO" on every PDF and export. The Development
/// seed sets it; an Administrator sets or clears it.
/// </summary>
public class SiteSettings : AuditableEntity
{
    /// <summary>The id of the one row.</summary>
    public const int TheOne = 1;

    public SiteSettings()
    {
        Id = TheOne;
    }

    /// <summary>Whether the database holds demo data, so everything made from it is marked as not real.</summary>
    public bool DemoData { get; private set; }

    public void MarkAsDemo() => DemoData = true;

    /// <summary>
    /// Clears the mark, refused while any demo record remains: a database that still holds invented figures must keep
    /// saying so (issue 17, "Bad input").
    /// </summary>
    public void ClearDemoMark(int demoRecordsRemaining, string whatRemains)
    {
        if (demoRecordsRemaining > 0)
        {
            throw new DomainException(
                $"The database still holds {DemoWords.Records(demoRecordsRemaining)} ({whatRemains}). Remove them before saying the site holds no demo data.",
                nameof(DemoDataInput.DemoData));
        }

        DemoData = false;
    }
}
