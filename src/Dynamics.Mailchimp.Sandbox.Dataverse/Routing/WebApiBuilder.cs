using Dynamics.Mailchimp.Sandbox.Dataverse.Batch;
using Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Routing;

/// <summary>
/// Composes the endpoint handlers into a <see cref="WebApiDispatcher"/>: service document, WhoAmI, query, entity writes,
/// actions and <c>$batch</c> (which dispatches its parts back through the same dispatcher).
/// </summary>
internal sealed class WebApiBuilder
{
    private readonly List<Func<SandboxServices, Func<WebApiRequest, WebApiResponse>, IWebApiHandler>> _factories = [];

    /// <summary>The standard set of handlers.</summary>
    public static WebApiBuilder Default() => new WebApiBuilder()
        .Add(s => new ServiceDocumentHandler(s))
        .Add(s => new MetadataHandler(s.Model))
        .Add(s => new WhoAmIHandler(s))
        .Add(s => new EntityQueryHandler(s))
        .Add(s => new EntityWriteHandler(s))
        .Add(s => new UpsertMultipleHandler(s))
        .Add(s => new ActionHandler(s))
        .Add((s, dispatch) => new BatchHandler(s, dispatch));

    public WebApiBuilder Add(Func<SandboxServices, IWebApiHandler> factory) => Add((s, _) => factory(s));

    public WebApiBuilder Add(Func<SandboxServices, Func<WebApiRequest, WebApiResponse>, IWebApiHandler> factory)
    {
        _factories.Add(factory);
        return this;
    }

    public WebApiDispatcher Build(SandboxServices services)
    {
        WebApiDispatcher? dispatcher = null;
        WebApiResponse Dispatch(WebApiRequest request) => dispatcher!.Dispatch(request);
        var handlers = _factories.Select(f => f(services, Dispatch)).ToArray();
        dispatcher = new WebApiDispatcher(new ResourcePathParser(services.Organization.Schema), handlers);
        return dispatcher;
    }
}
