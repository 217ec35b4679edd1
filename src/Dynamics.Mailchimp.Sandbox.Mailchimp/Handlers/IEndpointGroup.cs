using Microsoft.AspNetCore.Routing;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Handlers;

/// <summary>One endpoint group (members, batch, segments, ...) that maps its routes onto a route group.</summary>
internal interface IEndpointGroup
{
    /// <summary>Maps the group's routes.</summary>
    /// <param name="routes">The route group (<c>/3.0</c> for the API, <c>/_sandbox</c> for the controls).</param>
    void Map(IEndpointRouteBuilder routes);
}
