global using OrientationBot.Conversations;
global using OrientationBot.Endpoints;
global using OrientationBot.Hosting;
global using OrientationBot.Protocol.Hosting;
global using OrientationBot.Tips;
