using System.Text;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;

/// <summary>One validated operation of a batch.</summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Path">The path relative to <c>/3.0</c>, starting with <c>/</c>.</param>
/// <param name="Params">The query parameters, in the order given.</param>
/// <param name="Body">The JSON body as a string, or <see langword="null"/>.</param>
/// <param name="OperationId">The client's id, echoed in the results, or <see langword="null"/>.</param>
internal sealed record BatchOperation(string Method, string Path, IReadOnlyList<KeyValuePair<string, string>> Params, string? Body, string? OperationId)
{
    /// <summary>Gets the path and query string, relative to <c>/3.0</c>.</summary>
    public string PathAndQuery
    {
        get
        {
            if (Params.Count == 0)
            {
                return Path;
            }

            var text = new StringBuilder(Path);
            var separator = '?';
            foreach (var (name, value) in Params)
            {
                text.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
                separator = '&';
            }

            return text.ToString();
        }
    }
}
