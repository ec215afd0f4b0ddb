using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace HccPerformance.Web.Infrastructure;

/// <summary>
/// A post larger than its endpoint takes (an import's <c>[RequestSizeLimit]</c>, or Kestrel's limit) gets 413 and the
/// site's page saying the limit, not a dropped connection: the body is read and thrown away first (up to
/// <see cref="Drained"/>), so the browser finishes sending and shows the page.
/// </summary>
public sealed class RequestLimitsMiddleware(RequestDelegate next)
{
    public const long Drained = 64L * 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var length = context.Request.ContentLength;
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? feature?.MaxRequestBodySize;
        if (length is not { } size || limit is not { } max || size <= max || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        if (size <= Drained && feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = Drained;
            try
            {
                await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException)
            {
                // The client gave up or lied about the length: the status below is all it gets.
            }
        }

        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
    }
}
