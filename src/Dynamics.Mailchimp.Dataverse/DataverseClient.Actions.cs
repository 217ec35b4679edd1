using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;

namespace Dynamics.Mailchimp.Dataverse;

public sealed partial class DataverseClient
{
    /// <inheritdoc />
    public Task<JsonElement?> ExecuteActionAsync(string actionName, JsonObject? parameters, CancellationToken cancellationToken = default) =>
        PostActionAsync(ActionPaths.Build(actionName, null, null), parameters, cancellationToken);

    /// <inheritdoc />
    public Task<JsonElement?> ExecuteBoundActionAsync(string entitySetName, Guid id, string actionName, JsonObject? parameters, CancellationToken cancellationToken = default) =>
        PostActionAsync(ActionPaths.Build(actionName, entitySetName, id), parameters, cancellationToken);

    private async Task<JsonElement?> PostActionAsync(string relative, JsonObject? parameters, CancellationToken cancellationToken)
    {
        using var request = _requests.Create(HttpMethod.Post, _requests.BuildUri(relative, isWrite: true), parameters ?? new JsonObject());
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw await CreateExceptionAsync(response, request, cancellationToken).ConfigureAwait(false);
        }

        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return null;
        }

        using var document = await ReadJsonAsync(response, request, cancellationToken).ConfigureAwait(false);
        return document.RootElement.Clone();
    }
}
