using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Http;

/// <summary>Attaches a <see cref="ParameterContract"/> to an endpoint: checked before the handler runs.</summary>
internal static class ParameterContractFilter
{
    public static RouteHandlerBuilder WithContract(this RouteHandlerBuilder builder, ParameterContract contract) =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            await contract.CheckAsync(context.HttpContext).ConfigureAwait(false);
            return await next(context).ConfigureAwait(false);
        });
}
