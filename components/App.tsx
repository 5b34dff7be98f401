export function App() {
  return <main>PolicyLens</main>;
}
