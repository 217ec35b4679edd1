namespace Microsoft.Xrm.Sdk
{
    /// <summary>A message response: its name and results.</summary>
    public class OrganizationResponse
    {
        /// <summary>An empty response.</summary>
        public OrganizationResponse()
        {
            Results = new ParameterCollection();
        }

        /// <summary>The message name.</summary>
        public string ResponseName { get; set; }

        /// <summary>The response's results.</summary>
        public ParameterCollection Results { get; set; }

        /// <summary>Gets (throws when missing) or sets a result.</summary>
        public object this[string parameterName]
        {
            get => Results[parameterName];
            set => Results[parameterName] = value;
        }
    }
}
