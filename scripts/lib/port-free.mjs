// Exit 0 when <port> can be bound on <host> ("*" = every interface, as the Agents Playground binds), 1 when taken.
//   node port-free.mjs <host|*> <port>
import net from 'node:net';

const [host, port] = process.argv.slice(2);
const server = net.createServer();
server.once('error', () => process.exit(1));
server.listen({ port: Number(port), host: host === '*' ? undefined : host, exclusive: true }, () => server.close(() => process.exit(0)));
