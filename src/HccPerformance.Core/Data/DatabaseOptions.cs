namespace HccPerformance.Core.Data;

/// <summary>The <c>Database</c> section of configuration.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string Sqlite = nameof(Sqlite);
    public const string SqlServer = nameof(SqlServer);

    /// <summary><c>Sqlite</c> (the embedded default) or <c>SqlServer</c> (production, with <c>ConnectionStrings:SqlServer</c>).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>Folder of the embedded database file, relative to the content root unless absolute.</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>Run pending migrations at start-up. Production on SQL Server may prefer a reviewed script instead.</summary>
    public bool MigrateAtStartup { get; set; } = true;

    /// <summary>Seed the demo council (users named by role). Development turns it on; Production never does.</summary>
    public bool SeedDemoCouncil { get; set; }
}
