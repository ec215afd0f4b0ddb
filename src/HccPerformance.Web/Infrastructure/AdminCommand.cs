using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using Microsoft.AspNetCore.Identity;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// <c>create-admin --user NAME --email EMAIL [--name "Display name"]</c>: the first Administrator of a new
/// (Production) site, where no demo users are ever seeded. The password comes from HCC_ADMIN_PASSWORD or is asked for.
/// Two-factor sign-in is set up at the first sign-in.
/// </summary>
public static class AdminCommand
{
    public const string Name = "create-admin";
    public const string PasswordVariable = "HCC_ADMIN_PASSWORD";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        string? Arg(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }

        var userName = Arg("--user");
        var email = Arg("--email");
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync($"Usage: {Name} --user NAME --email EMAIL [--name \"Display name\"] (password from {PasswordVariable} or typed)");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable) ?? ReadPassword();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = userName,
            Email = email,
            EmailConfirmed = true,
            DisplayName = Arg("--name") ?? "Administrator",
            CreatedUtc = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, Roles.Administrator);
        }

        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync($"The Administrator was not created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            return 1;
        }

        Console.WriteLine($"Created Administrator {userName}. Sign in and set up two-factor sign-in with an authenticator app.");
        return 0;
    }

    private static string ReadPassword()
    {
        Console.Write($"Password for the new Administrator (at least {Limits.PasswordMinimum} characters): ");
        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
