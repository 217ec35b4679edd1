using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Routing;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>Answers one group of Web API endpoints (one handler per group, composed by <see cref="WebApiBuilder"/>).</summary>
internal interface IWebApiHandler
{
    /// <summary>Whether this handler answers <paramref name="method"/> on <paramref name="path"/>.</summary>
    bool CanHandle(ResourcePath path, string method);

    /// <summary>Runs the operation. Throws the organization's faults or <see cref="WebApiException"/>; the dispatcher turns them into error bodies.</summary>
    WebApiResponse Handle(WebApiRequest request, ResourcePath path);
}
