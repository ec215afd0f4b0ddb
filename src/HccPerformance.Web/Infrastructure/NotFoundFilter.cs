using HccPerformance.Core.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace HccPerformance.Web.Infrastructure;

/// <summary>A record that does not exist (a mistyped or stale address) is the 404 page, not an error.</summary>
public sealed class NotFoundFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is NotFoundException)
        {
            context.Result = new NotFoundResult();
            context.ExceptionHandled = true;
        }
    }
}
