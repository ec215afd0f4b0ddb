using HccPerformance.Core.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// A record that does not exist (a mistyped or stale address) is the 404 page, not an error; a resource the person may
/// not touch (another department's work) is the 403 page.
/// </summary>
public sealed class DomainErrorFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is NotFoundException)
        {
            context.Result = new NotFoundResult();
            context.ExceptionHandled = true;
        }
        else if (context.Exception is ForbiddenException)
        {
            context.Result = new ForbidResult();
            context.ExceptionHandled = true;
        }
    }
}
