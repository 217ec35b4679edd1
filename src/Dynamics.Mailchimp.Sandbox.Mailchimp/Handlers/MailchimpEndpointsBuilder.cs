using Dynamics.Mailchimp.Sandbox.Hosting.Routing;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Handlers;

/// <summary>Composes the endpoint groups: API groups under <c>/3.0</c>, the controls under <c>/_sandbox</c>, 501 for the rest.</summary>
internal sealed class MailchimpEndpointsBuilder
{
    private readonly List<IEndpointGroup> _api = [];
    private readonly List<IEndpointGroup> _controls = [];

    public MailchimpEndpointsBuilder AddApi(IEndpointGroup group)
    {
        _api.Add(group);
        return this;
    }

    public MailchimpEndpointsBuilder WithControls(IEndpointGroup controls)
    {
        _controls.Add(controls);
        return this;
    }

    public void Build(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(MailchimpSandboxDefaults.ApiPrefix);
        foreach (var group in _api)
        {
            group.Map(api);
        }

        var controls = endpoints.MapGroup(MailchimpSandboxDefaults.ControlsPrefix);
        foreach (var group in _controls)
        {
            group.Map(controls);
        }

        endpoints.MapNotImplementedFallback((context, message) =>
            ProblemWriter.WriteAsync(context, 501, ProblemTitles.NotImplemented, message));
    }
}
