// The test host (WebApplicationFactory<Program>) needs a visible Program type; top-level statements make it internal.
public partial class Program;
