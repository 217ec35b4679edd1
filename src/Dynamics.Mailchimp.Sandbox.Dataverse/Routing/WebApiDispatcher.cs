using Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Routing;

/// <summary>
/// Routes one operation to the first handler that takes it; a known resource with a method no handler takes is 501.
/// Every failure comes back as a response with the Dataverse status and error body, so that <c>$batch</c> can report
/// per-operation results.
/// </summary>
internal sealed class WebApiDispatcher(ResourcePathParser parser, IReadOnlyList<IWebApiHandler> handlers)
{
    public WebApiResponse Dispatch(WebApiRequest request)
    {
        try
        {
            var path = parser.Parse(request.Path);
            var handler = handlers.FirstOrDefault(h => h.CanHandle(path, request.Method))
                ?? throw WebApiException.NotImplemented($"{request.Method} on '{request.Path}' ({path.Kind})");
            return handler.Handle(request, path);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return FaultTranslator.ToResponse(ex);
        }
    }
}
