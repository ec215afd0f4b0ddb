namespace HccPerformance.Core.Common;

/// <summary>Lengths shared by the database configuration and the validators, so they never disagree.</summary>
public static class Limits
{
    public const int DepartmentCode = 10;
    public const int DepartmentName = 100;
    public const int PersonName = 100;
    public const int Email = 256;
    public const int UserName = 64;
    public const int PasswordMinimum = 12;
    public const int PasswordMaximum = 256;
}
