namespace HccPerformance.Core.Reports;

/// <summary>The Head of Improvement's challenge to one department (seed 4.19: "provides challenge when appropriate").</summary>
public class DepartmentChallenge
{
    private DepartmentChallenge() { }

    internal DepartmentChallenge(int departmentId, string text)
    {
        DepartmentId = departmentId;
        Text = text;
    }

    public int Id { get; private set; }
    public int CollatedReportId { get; private set; }
    public int DepartmentId { get; private set; }
    public string Text { get; private set; } = "";

    internal void Rewrite(string text) => Text = text;
}
