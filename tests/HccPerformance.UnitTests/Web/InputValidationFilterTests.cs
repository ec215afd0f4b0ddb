using FluentValidation;
using HccPerformance.Core.Concerns;
using HccPerformance.Core.Organisation;
using HccPerformance.Web.Infrastructure;
using HccPerformance.Web.Models.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HccPerformance.UnitTests.Web;

/// <summary>The site's one way of validating forms: each error under the name its field has in the form.</summary>
public sealed class InputValidationFilterTests
{
    [Fact]
    public async Task An_argument_bound_with_a_prefix_has_its_errors_under_that_prefix()
    {
        var context = Context(("input", "Escalate", new EscalateInput { Reason = " " }));

        await RunAsync(context);

        Assert.Equal("Choose where the concern goes", Error(context, "Escalate.Body"));
        Assert.Equal("Say why the concern is escalated", Error(context, "Escalate.Reason"));
    }

    [Fact]
    public async Task A_view_model_has_the_input_it_carries_validated_under_Input()
    {
        var context = Context(("model", null, new DepartmentFormViewModel { Input = new DepartmentInput { Code = "", Name = "Finance" } }));

        await RunAsync(context);

        Assert.NotNull(Error(context, "Input.Code"));
        Assert.Null(Error(context, "Input.Name"));
    }

    [Fact]
    public async Task An_input_the_site_could_not_read_is_not_validated_further()
    {
        var context = Context(("input", "Close", new CloseConcernInput()));
        context.ModelState.AddModelError("Close.OutcomeKind", "\u201cabc\u201d is not something the site can read here");

        await RunAsync(context);

        Assert.Single(context.ModelState.Values.SelectMany(v => v.Errors));
    }

    [Fact]
    public async Task A_valid_input_leaves_ModelState_valid_and_the_action_runs()
    {
        var context = Context(("input", "Decide", new DecideInput { Important = true, LocalImportanceReason = "A Cabinet priority" }));

        var ran = await RunAsync(context);

        Assert.True(ran);
        Assert.Equal(0, context.ModelState.ErrorCount);
    }

    private static string? Error(ActionExecutingContext context, string key) =>
        context.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    private static async Task<bool> RunAsync(ActionExecutingContext context)
    {
        var ran = false;
        await new InputValidationFilter().OnActionExecutionAsync(context, () =>
        {
            ran = true;
            return Task.FromResult(new ActionExecutedContext(context, [], null!));
        });
        return ran;
    }

    private static ActionExecutingContext Context(params (string Name, string? Prefix, object Value)[] arguments)
    {
        var services = new ServiceCollection();
        services.AddValidatorsFromAssemblyContaining<DepartmentInputValidator>();
        var http = new DefaultHttpContext { RequestServices = services.BuildServiceProvider() };
        var descriptor = new ControllerActionDescriptor
        {
            Parameters = [.. arguments.Select(a => new ParameterDescriptor
            {
                Name = a.Name,
                ParameterType = a.Value.GetType(),
                BindingInfo = new BindingInfo { BinderModelName = a.Prefix },
            })],
        };
        var action = new ActionContext(http, new RouteData(), descriptor, new ModelStateDictionary());
        return new ActionExecutingContext(action, [], arguments.ToDictionary(a => a.Name, a => (object?)a.Value), controller: null!);
    }
}
