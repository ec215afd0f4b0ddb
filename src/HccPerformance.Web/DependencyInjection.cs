using System.Globalization;
using FluentValidation;
using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using HccPerformance.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web;

public static class DependencyInjection
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Idle sign-ins end after this; active ones after <see cref="AbsoluteSessionLength"/> whatever happens.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteSessionLength = TimeSpan.FromHours(12);

    /// <summary>OWASP's PBKDF2-HMAC-SHA512 work factor (Password Storage Cheat Sheet).</summary>
    public const int PasswordHashIterations = 210_000;

    public static IServiceCollection AddWeb(this IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddHostedService<ScheduledJobsService>();
        services.AddHostedService<OutboxDispatcherService>();

        services.AddIdentity<ApplicationUser, IdentityRole>(o =>
            {
                // NCSC: length over composition rules.
                o.Password.RequiredLength = Limits.PasswordMinimum;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                // Short locks that grow (AppUserManager.LockFor), so nobody can keep a named person out for long.
                o.Lockout.MaxFailedAccessAttempts = AppUserManager.AttemptsBeforeLock;
                o.Lockout.DefaultLockoutTimeSpan = AppUserManager.FirstLock;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserManager<AppUserManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider)
            .AddPasswordValidator<WeakPasswordValidator>()
            .AddPasswordValidator<PasswordHistoryValidator>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>();
        services.AddSingleton<SignInGuard>();
        // A change of rights renews the security stamp and ends sessions at once; a stamp renewed elsewhere counts within a minute.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = AppClaimsPrincipalFactory.KeepSecondFactorWhileEnabled;
        });
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashIterations);

        services.AddSingleton<ITicketStore, DatabaseTicketStore>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "__Host-HccPerformance";
            o.Cookie.HttpOnly = true;
            // The __Host- prefix needs Secure; browsers accept Secure cookies from http://localhost, so Development works too.
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = IdleTimeout;
            o.SlidingExpiration = true;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/access-denied";
            o.ReturnUrlParameter = "returnUrl";
            // A role reaching a page it may not gets the 403 page itself, not a redirect to another address.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            o.Events.OnSigningIn = context =>
            {
                if (!context.Properties.Items.ContainsKey(AppClaims.AbsoluteExpiry))
                {
                    var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                    context.Properties.Items[AppClaims.AbsoluteExpiry] =
                        now.Add(AbsoluteSessionLength).ToString("O", CultureInfo.InvariantCulture);
                }

                return Task.CompletedTask;
            };
            o.Events.OnValidatePrincipal = async context =>
            {
                var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                if (context.Properties.Items.TryGetValue(AppClaims.AbsoluteExpiry, out var value)
                    && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expiry)
                    && now >= expiry)
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                await SecurityStampValidator.ValidatePrincipalAsync(context);
            };
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<ITicketStore>((o, store) => o.SessionStore = store);
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = "__Host-HccPerformance.TwoFactor";
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Administration, p => p.RequireRole(Roles.Administrator).RequireClaim(AppClaims.AuthenticationMethod, AppClaims.MultiFactor))
            .AddPolicy(Policies.ReadAuditTrail, p => p.RequireRole(Roles.Administrator, Roles.HeadOfImprovement))
            .AddPolicy(Policies.OfficerAccess, p => p.RequireRole(Roles.Officers))
            .AddPolicy(Policies.Collate, p => p.RequireRole(Roles.HeadOfImprovement))
            .AddPolicy(Policies.ReadDashboard, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.ReadCpegReport, p => p.RequireRole([.. Bodies.RolesOf(Body.Cpeg), .. Bodies.RolesOf(Body.Cmt), Roles.HeadOfImprovement]));

        services.AddAntiforgery(o =>
        {
            // Antiforgery refuses plain-http requests when its cookie must be Secure, so Development (http://localhost)
            // uses an unprefixed cookie sent as the request came; everywhere else it is __Host- and Secure.
            o.Cookie.Name = environment.IsDevelopment() ? "HccPerformance.Antiforgery" : "__Host-HccPerformance.Antiforgery";
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/";
            o.FormFieldName = "__RequestVerificationToken";
        });

        // Scripts and stylesheets go compressed (Chart.js and Bootstrap are most of a page's weight). Pages are not: they
        // carry the antiforgery token, and compressing secrets beside reflected input invites BREACH.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ["text/css", "text/javascript", "application/javascript", "image/svg+xml"];
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
        });
        // Optimal, not the default Fastest: Fastest Brotli came out larger than gzip, and browsers keep the files anyway.
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.AddSingleton<DashboardOutputCache>();
        services.AddOutputCache(o => o.AddPolicy(DashboardOutputCache.Name, b => b.AddPolicy<DashboardOutputCache>(), excludeDefaultPolicy: true));
        services.AddControllersWithViews(o =>
        {
            o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            o.Filters.Add(new DomainErrorFilter());
            // Forms are validated by their FluentValidation validators alone, run by our filter; no DataAnnotations (nor
            // the implicit [Required] of non-nullable properties) beside them.
            o.ModelValidatorProviders.Clear();
            o.Filters.Add(new InputValidationFilter());
            o.ModelBindingMessageProvider.SetAttemptedValueIsInvalidAccessor((value, _) =>
                $"\u201c{value}\u201d is not something the site can read here: enter a number like 75 or 12.5, or a date like 31/03/2010");
            o.ModelBindingMessageProvider.SetValueMustBeANumberAccessor(_ => "Enter a number, like 75 or 12.5");
        });
        services.AddValidatorsFromAssemblyContaining<Core.Organisation.DepartmentInputValidator>();
        services.AddValidatorsFromAssemblyContaining<Program>();
        services.AddRouting(o => o.LowercaseUrls = true);

        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Culture);
            o.SupportedCultures = [Culture];
            o.SupportedUICultures = [Culture];
            o.RequestCultureProviders.Clear();
        });

        services.AddDataProtection()
            .SetApplicationName("HccPerformance")
            .PersistKeysToDbContext<AppDbContext>();

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        if (!environment.IsDevelopment())
        {
            services.AddHsts(o =>
            {
                o.MaxAge = TimeSpan.FromDays(365);
                o.IncludeSubDomains = true;
            });
        }

        return services;
    }
}
