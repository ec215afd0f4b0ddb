using System.Collections;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// The site's one way of validating a form: for each bound argument of an action, and each input a bound view model
/// carries (its <c>Input</c>), runs the FluentValidation validator registered for its type and puts the errors into
/// ModelState under the names the form's fields have (<c>Input.Name</c>, <c>Assess.Likelihood</c>), so each shows
/// beside its field and in the error summary. An input the site could not even read (a binding error) is not validated
/// further, as MVC's own validation does. It never answers for the action: the action's own checks (who may, which
/// record) come first, and <see cref="Controllers.AppController"/>'s post helper decides on what ModelState holds.
/// </summary>
public sealed class InputValidationFilter : IAsyncActionFilter
{
    private const int Depth = 2;

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var ct = context.HttpContext.RequestAborted;
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            var source = parameter.BindingInfo?.BindingSource;
            if (source == BindingSource.Services || source == BindingSource.Special
                || !context.ActionArguments.TryGetValue(parameter.Name, out var argument) || argument is null)
            {
                continue;
            }

            var prefix = parameter.BindingInfo?.BinderModelName
                ?? (context.ModelState.Keys.Any(k => k.StartsWith(parameter.Name + ".", StringComparison.OrdinalIgnoreCase)) ? parameter.Name : "");
            await ValidateAsync(argument, prefix, context.ModelState, services, Depth, ct);
        }

        await next();
    }

    private static async Task ValidateAsync(object model, string prefix, ModelStateDictionary modelState, IServiceProvider services, int depth, CancellationToken ct)
    {
        var type = model.GetType();
        if (type.Assembly != typeof(Core.Common.Limits).Assembly && type.Assembly != typeof(InputValidationFilter).Assembly)
        {
            return;
        }

        if (services.GetService(typeof(IValidator<>).MakeGenericType(type)) is IValidator validator)
        {
            if (modelState.GetFieldValidationState(prefix) == ModelValidationState.Invalid)
            {
                return;
            }

            var result = await validator.ValidateAsync(new ValidationContext<object>(model), ct);
            foreach (var error in result.Errors)
            {
                modelState.TryAddModelError(ModelNames.CreatePropertyModelName(prefix, error.PropertyName), error.ErrorMessage);
            }

            return;
        }

        // A view model: the inputs it carries are what the form posted.
        if (depth == 0)
        {
            return;
        }

        foreach (var property in type.GetProperties().Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0))
        {
            if (property.PropertyType.IsClass && property.PropertyType != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(property.PropertyType)
                && property.GetValue(model) is { } child)
            {
                await ValidateAsync(child, ModelNames.CreatePropertyModelName(prefix, property.Name), modelState, services, depth - 1, ct);
            }
        }
    }
}
