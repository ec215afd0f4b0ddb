namespace HccPerformance.Core.Organisation;

/// <summary>
/// A further department in an Executive Member's portfolio, beyond their own (<see cref="Data.ApplicationUser.DepartmentId"/>):
/// a portfolio may span services of more than one department (issue 15). An Administrator gives it on the user's page.
/// It widens where the Executive Member sets ambition for best practice; it does NOT change who reads a self-assessment,
/// which stays with the department's own Chief Officer and Executive Member by <c>DepartmentId</c> (AssessmentVisibility).
/// </summary>
public class PortfolioDepartment
{
    private PortfolioDepartment() { }

    public PortfolioDepartment(string userId, int departmentId)
    {
        UserId = userId;
        DepartmentId = departmentId;
    }

    public string UserId { get; private set; } = "";
    public int DepartmentId { get; private set; }
}
