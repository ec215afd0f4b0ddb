namespace HccPerformance.Core.Common;

/// <summary>
/// A record that can be invented demo data (issue 17): the Development seed marks every such record it writes, and
/// every page, tile, export and PDF that shows one says so beside it. Reference data (the 2008 plan's text, the
/// national indicators' titles, the menu) is never demo; what the demo says about it (results, accountability,
/// progress) is.
/// </summary>
public interface IDemoRecord
{
    bool IsDemo { get; }

    void MarkAsDemo();
}
