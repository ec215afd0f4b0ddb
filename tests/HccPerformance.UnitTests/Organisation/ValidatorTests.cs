using HccPerformance.Core.Common;
using HccPerformance.Core.Organisation;

namespace HccPerformance.UnitTests.Organisation;

public sealed class ValidatorTests
{
    [Fact]
    public void A_Chief_Officer_must_belong_to_a_department_but_a_Cabinet_member_need_not()
    {
        var validator = new EditUserInputValidator();
        var chiefOfficer = new EditUserInput { DisplayName = "Chief Officer, Adult Services", Email = "co@demo.invalid", Roles = [Roles.ChiefOfficer] };
        var cabinet = chiefOfficer with { Roles = [Roles.Cabinet] };

        var refused = validator.Validate(chiefOfficer);

        Assert.Contains(refused.Errors, e => e.PropertyName == "DepartmentId" && e.ErrorMessage.StartsWith("Choose a department", StringComparison.Ordinal));
        Assert.True(validator.Validate(cabinet).IsValid);
        Assert.True(validator.Validate(chiefOfficer with { DepartmentId = 1 }).IsValid);
    }

    [Fact]
    public void Roles_must_come_from_the_framework()
    {
        var result = new EditUserInputValidator().Validate(new EditUserInput
        {
            DisplayName = "Someone", Email = "someone@demo.invalid", Roles = ["SuperUser"],
        });

        Assert.Contains(result.Errors, e => e.PropertyName == "Roles" && e.ErrorMessage == "Choose roles from the list");
    }

    [Theory]
    [InlineData("short", false)]
    [InlineData("exactly-12ch", true)]
    [InlineData("all lower case words are fine", true)]
    public void Temporary_passwords_need_length_not_composition(string password, bool valid)
    {
        var result = new ForcePasswordResetInputValidator().Validate(new ForcePasswordResetInput { TemporaryPassword = password });

        Assert.Equal(valid, result.IsValid);
    }

    [Theory]
    [InlineData("", "Enter a short code for the department, like AS")]
    [InlineData("A S", "The code can only contain letters and numbers")]
    [InlineData("ABCDEFGHIJK", "The code must be 10 characters or fewer")]
    public void A_department_code_is_short_letters_and_numbers(string code, string message)
    {
        var result = new DepartmentInputValidator().Validate(new DepartmentInput { Code = code, Name = "Adult Services" });

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(DepartmentInput.Code) && e.ErrorMessage == message);
    }
}
