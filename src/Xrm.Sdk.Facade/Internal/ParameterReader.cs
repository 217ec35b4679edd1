using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Xrm.Sdk.Facade.Internal
{
    /// <summary>Reads typed request parameters and response results; missing means default.</summary>
    internal static class ParameterReader
    {
        internal static T Get<T>(ParameterCollection parameters, string name) =>
            parameters.TryGetValue(name, out object value) && value is T typed ? typed : default(T);
    }
}
